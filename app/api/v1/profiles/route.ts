import { z } from 'zod';
import type { Profile } from '@/db/schema';
import { readJsonObject } from '@/lib/api/body';
import { apiRoute } from '@/lib/api/route';
import { createProfile, listProfiles, type ProfileInput } from '@/lib/profiles/profiles';

const listQuerySchema = z.object({
  includeArchived: z.enum(['true', 'false'], { message: 'Use true or false.' }).optional(),
});

/** The API's view of a profile: the row without its workspace, which the token implies. */
const publicProfile = ({ workspaceId: _, ...profile }: Profile) => profile;

// Profiles are few (a brand team tracks dozens, not thousands): one page, in the list shape.
export const GET = apiRoute('workspace:read', async ({ db, access, request }) => {
  const query = listQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const profiles = await listProfiles(db, access.workspace.id, { includeArchived: query.includeArchived === 'true' });
  return Response.json({ items: profiles.map(publicProfile), nextCursor: null });
});

export const POST = apiRoute('data:write', async ({ db, access, request }) => {
  const body = await readJsonObject(request);
  const profile = await createProfile(db, access, body as ProfileInput);
  return Response.json(publicProfile(profile), { status: 201 });
});
