import { apiRoute } from '@/lib/api/route';

export const GET = apiRoute('workspace:read', async ({ access }) => {
  const { id, name, slug, createdAt } = access.workspace;
  return Response.json({ id, name, slug, createdAt, role: access.role });
});
