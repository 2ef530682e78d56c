import { apiRoute } from '@/lib/api/route';
import { getImport } from '@/lib/imports/run-import';

// GET /api/v1/imports/{id} — an import's status, counts and per-row problems.
export const GET = apiRoute('workspace:read', async ({ db, access, params }) => {
  return Response.json(await getImport(db, access.workspace.id, String(params.id)));
});
