import { and, desc, eq, gte, isNull, lte, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { annotations, profiles, users, type Annotation } from '@/db/schema';
import type { Access } from '@/lib/auth/access';
import { isUuid } from '@/lib/auth/access';
import { calendarDaySchema } from '@/lib/dates';
import { badRequest, notFound } from '@/lib/errors';
import { blankToUndefined } from '@/lib/blank';

// Dated notes a team keeps about its own story (a campaign, a viral post, an algorithm
// change, a new job title), shown as markers on every time chart. A note is about the whole
// workspace (profileId null) or about one profile.

export const annotationInputSchema = z.object({
  day: calendarDaySchema(),
  label: z.string().trim().min(1, 'Say in a few words what happened.').max(120, 'At most 120 characters.'),
  note: z.preprocess(blankToUndefined, z.string().trim().max(2000, 'At most 2,000 characters.').optional()),
  /** Empty: about the whole workspace. */
  profileId: z.preprocess(blankToUndefined, z.string().uuid('Choose a profile of this workspace.').optional()),
});

export type AnnotationInput = z.input<typeof annotationInputSchema>;

/** An annotation as lists show it: with the profile it is about and who wrote it. */
export type AnnotationListItem = Annotation & { profileName: string | null; createdByName: string | null };

export const annotationFilterSchema = z.object({
  from: calendarDaySchema().optional(),
  to: calendarDaySchema().optional(),
  profileId: z.string().optional(),
});

export type AnnotationFilter = z.input<typeof annotationFilterSchema>;

async function checkProfile(db: Db, workspaceId: string, profileId: string | undefined) {
  if (!profileId) return;
  const [row] = await db
    .select({ id: profiles.id })
    .from(profiles)
    .where(and(eq(profiles.workspaceId, workspaceId), eq(profiles.id, profileId)));
  if (!row) throw badRequest('That profile is not a profile of this workspace.', { fieldErrors: { profileId: ['Choose a profile of this workspace.'] } });
}

const fields = (data: z.output<typeof annotationInputSchema>) => ({
  day: data.day,
  label: data.label,
  note: data.note ?? null,
  profileId: data.profileId ?? null,
});

export async function createAnnotation(db: Db, access: Access, input: AnnotationInput): Promise<Annotation> {
  const data = annotationInputSchema.parse(input);
  const workspaceId = access.workspace.id;
  await checkProfile(db, workspaceId, data.profileId);
  const [created] = await db
    .insert(annotations)
    .values({ workspaceId, ...fields(data), createdBy: access.principal.kind === 'user' ? access.principal.userId : null })
    .returning();
  return created!;
}

export async function updateAnnotation(db: Db, access: Access, id: string, input: AnnotationInput): Promise<Annotation> {
  const data = annotationInputSchema.parse(input);
  const workspaceId = access.workspace.id;
  await getAnnotation(db, workspaceId, id);
  await checkProfile(db, workspaceId, data.profileId);
  const [updated] = await db
    .update(annotations)
    .set(fields(data))
    .where(and(eq(annotations.workspaceId, workspaceId), eq(annotations.id, id)))
    .returning();
  if (!updated) throw notFound('Note not found.'); // deleted in between
  return updated;
}

export async function deleteAnnotation(db: Db, access: Access, id: string): Promise<void> {
  if (!isUuid(id)) throw notFound('Note not found.');
  const [gone] = await db
    .delete(annotations)
    .where(and(eq(annotations.workspaceId, access.workspace.id), eq(annotations.id, id)))
    .returning({ id: annotations.id });
  if (!gone) throw notFound('Note not found.');
}

export async function getAnnotation(db: Db, workspaceId: string, id: string): Promise<Annotation> {
  if (!isUuid(id)) throw notFound('Note not found.');
  const [row] = await db.select().from(annotations).where(and(eq(annotations.workspaceId, workspaceId), eq(annotations.id, id)));
  if (!row) throw notFound('Note not found.');
  return row;
}

/** The profile filter: the workspace-wide notes and that profile's, never another profile's. */
export const aboutProfile = (profileId: string) => or(isNull(annotations.profileId), eq(annotations.profileId, profileId));

/**
 * The workspace's notes, newest day first. `from`/`to` are inclusive UTC days; `profileId`
 * keeps the workspace-wide notes and that profile's.
 */
export async function listAnnotations(db: Db, workspaceId: string, filter: AnnotationFilter = {}): Promise<AnnotationListItem[]> {
  const { from, to, profileId } = annotationFilterSchema.parse(filter);
  if (profileId !== undefined && !isUuid(profileId)) throw notFound('Profile not found.');
  const rows = await db
    .select({ annotation: annotations, profileName: profiles.name, createdByName: users.name, createdByEmail: users.email })
    .from(annotations)
    // The profile is joined on both keys: a note can only name a profile of its workspace.
    .leftJoin(profiles, and(eq(profiles.id, annotations.profileId), eq(profiles.workspaceId, annotations.workspaceId)))
    .leftJoin(users, eq(users.id, annotations.createdBy))
    .where(
      and(
        eq(annotations.workspaceId, workspaceId),
        from ? gte(annotations.day, from) : undefined,
        to ? lte(annotations.day, to) : undefined,
        profileId ? aboutProfile(profileId) : undefined,
      ),
    )
    .orderBy(desc(annotations.day), desc(annotations.createdAt), desc(annotations.id));
  return rows.map(({ annotation, profileName, createdByName, createdByEmail }) => ({
    ...annotation,
    profileName,
    createdByName: createdByName ?? createdByEmail,
  }));
}
