import { z } from 'zod';
import { readJsonObject } from '@/lib/api/body';
import { apiRoute } from '@/lib/api/route';
import { createEntity, listEntities, type EntityInput, type EntityWithAliases } from '@/lib/entities/entities';

const listQuerySchema = z.object({
  includeArchived: z.enum(['true', 'false'], { message: 'Use true or false.' }).optional(),
});

/** The API's view of an entity: the row without its workspace, which the token implies. */
const publicEntity = ({ workspaceId: _, ...entity }: EntityWithAliases) => entity;

// Entities are few (dozens per workspace): one page, in the list shape.
export const GET = apiRoute('workspace:read', async ({ db, access, request }) => {
  const query = listQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const items = await listEntities(db, access.workspace.id, { includeArchived: query.includeArchived === 'true' });
  return Response.json({ items: items.map(publicEntity), nextCursor: null });
});

export const POST = apiRoute('data:write', async ({ db, access, request }) => {
  const entity = await createEntity(db, access, (await readJsonObject(request)) as EntityInput);
  return Response.json(publicEntity(entity), { status: 201 });
});
