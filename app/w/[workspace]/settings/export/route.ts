import { getDb } from '@/db/client';
import { recordAudit } from '@/lib/audit';
import { requirePageAccess } from '@/lib/auth/guards';
import { exportFileName, exportWorkspaceZip } from '@/lib/export';

// GET /w/<slug>/settings/export: everything in the workspace as a zip of CSV files, streamed.
// Owners only (workspace:export). A link the browser follows, so refusals are the app's 404
// and 403 pages, as for the posts CSV.
export async function GET(_request: Request, { params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const { workspace, actor } = await requirePageAccess(slug, 'workspace:export');
  const now = new Date();
  const db = await getDb();
  // A full copy of the workspace's data left the server: the audit log says who took it.
  await recordAudit(db, workspace.id, actor, { action: 'workspace.exported', targetType: 'workspace', targetId: workspace.id });
  return new Response(exportWorkspaceZip(db, workspace, now), {
    headers: {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="${exportFileName(workspace, now)}"`,
      'Cache-Control': 'no-store',
    },
  });
}
