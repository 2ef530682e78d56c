import { and, asc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { memberships, profiles, type Profile } from '@/db/schema';
import type { Access } from '@/lib/auth/access';
import { isUuid } from '@/lib/auth/access';
import { badRequest, notFound } from '@/lib/errors';
import { refreshExposure } from '@/lib/consent/refresh';
import { isRegion } from './regions';

const optionalText = z
  .string()
  .trim()
  .transform((v) => v || undefined)
  .optional();

export const profileInputSchema = z.object({
  name: z.string().trim().min(1, 'Name the profile.').max(120, 'At most 120 characters.'),
  kind: z.enum(['member', 'company'], { message: 'Choose a member profile or a company page.' }),
  linkedinUrl: optionalText.pipe(
    z
      .string()
      .url('Enter the profile’s full LinkedIn address.')
      .refine((u) => /^https:\/\/([a-z0-9-]+\.)?linkedin\.com\//i.test(u), 'Use a linkedin.com address, e.g. https://www.linkedin.com/in/your-name/.')
      .optional(),
  ),
  region: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isRegion, 'Choose the country or territory (ISO 3166 code) the profile is registered in.'),
  memberUserId: optionalText.pipe(z.string().uuid('Choose a member of this workspace.').optional()),
});

export type ProfileInput = z.input<typeof profileInputSchema>;

async function assertMember(db: Db, workspaceId: string, userId: string | undefined) {
  if (!userId) return;
  const [row] = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
  if (!row) throw badRequest('That person is not a member of this workspace.', { fieldErrors: { memberUserId: ['Choose a member of this workspace.'] } });
}

export async function createProfile(db: Db, access: Access, input: ProfileInput): Promise<Profile> {
  const data = profileInputSchema.parse(input);
  await assertMember(db, access.workspace.id, data.memberUserId);
  const [profile] = await db
    .insert(profiles)
    .values({ workspaceId: access.workspace.id, ...data, linkedinUrl: data.linkedinUrl ?? null, memberUserId: data.memberUserId ?? null })
    .returning();
  return profile!;
}

export async function updateProfile(db: Db, access: Access, id: string, input: ProfileInput): Promise<Profile> {
  const data = profileInputSchema.parse(input);
  const before = await getProfile(db, access.workspace.id, id);
  await assertMember(db, access.workspace.id, data.memberUserId);
  return db.transaction(async (tx) => {
    const [profile] = await tx
      .update(profiles)
      .set({ ...data, linkedinUrl: data.linkedinUrl ?? null, memberUserId: data.memberUserId ?? null })
      .where(and(eq(profiles.workspaceId, access.workspace.id), eq(profiles.id, id)))
      .returning();
    // Another region means other rules: the posts' stored exposure must follow.
    if (profile!.region !== before.region) await refreshExposure(tx, access.workspace.id, id);
    return profile!;
  });
}

/** Archived profiles keep their history but leave lists and pickers. */
export async function setProfileArchived(db: Db, access: Access, id: string, archived: boolean): Promise<void> {
  await getProfile(db, access.workspace.id, id);
  await db
    .update(profiles)
    .set({ archivedAt: archived ? new Date() : null })
    .where(and(eq(profiles.workspaceId, access.workspace.id), eq(profiles.id, id)));
}

export async function getProfile(db: Db, workspaceId: string, id: string): Promise<Profile> {
  if (!isUuid(id)) throw notFound('Profile not found.');
  const [profile] = await db.select().from(profiles).where(and(eq(profiles.workspaceId, workspaceId), eq(profiles.id, id)));
  if (!profile) throw notFound('Profile not found.');
  return profile;
}

export function listProfiles(db: Db, workspaceId: string, opts: { includeArchived?: boolean } = {}): Promise<Profile[]> {
  return db
    .select()
    .from(profiles)
    .where(and(eq(profiles.workspaceId, workspaceId), opts.includeArchived ? undefined : isNull(profiles.archivedAt)))
    .orderBy(asc(profiles.name));
}
