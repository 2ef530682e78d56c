import { apiRoute } from '@/lib/api/route';
import { getImport } from '@/lib/imports/run-import';

// GET /api/v1/imports/{id} — an import's status, counts and per-row problems.
export const GET = apiRoute('workspace:read', async ({ db, access, params }) => {
  const { workspaceId: _w, createdBy: _u, createdByToken: _t, ...record } = await getImport(db, access.workspace.id, String(params.id));
  return Response.json(record);
});
