import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { consentEvents, users, type ConsentEvent } from '@/db/schema';
import type { Access } from '@/lib/auth/access';
import { isUuid } from '@/lib/auth/access';
import { notFound } from '@/lib/errors';
import { getProfile } from '@/lib/profiles/profiles';
import { spanAt } from './exposure';
import { loadTimeline, refreshExposure } from './refresh';

export const consentEventInputSchema = z.object({
  status: z.enum(['on', 'off'], { message: 'Say whether the setting was turned ON or OFF.' }),
  effectiveAt: z.coerce
    .date({ message: 'Give the date and time the change took effect.' })
    // A change is recorded once it has happened: a future one would leave stored exposure
    // out of date when its moment comes.
    .refine((d) => d.getTime() <= Date.now() + 5 * 60_000, 'That is in the future: record the change once it has been made.'),
  note: z
    .string()
    .trim()
    .max(1000, 'At most 1,000 characters.')
    .transform((v) => v || null)
    .optional(),
});

export type ConsentEventInput = z.input<typeof consentEventInputSchema>;

export async function addConsentEvent(
  db: Db,
  access: Access,
  profileId: string,
  input: ConsentEventInput,
  via: 'manual' | 'api' | 'import',
): Promise<ConsentEvent> {
  const data = consentEventInputSchema.parse(input);
  await getProfile(db, access.workspace.id, profileId);
  return db.transaction(async (tx) => {
    const [event] = await tx
      .insert(consentEvents)
      .values({
        workspaceId: access.workspace.id,
        profileId,
        status: data.status,
        effectiveAt: data.effectiveAt,
        note: data.note ?? null,
        recordedVia: via,
        recordedBy: access.principal.kind === 'user' ? access.principal.userId : null,
        recordedByToken: access.principal.kind === 'token' ? access.principal.tokenId : null,
      })
      .returning();
    await refreshExposure(tx, access.workspace.id, profileId);
    return event!;
  });
}

export async function deleteConsentEvent(db: Db, access: Access, profileId: string, eventId: string): Promise<void> {
  if (!isUuid(eventId)) throw notFound('Event not found.');
  await db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(consentEvents)
      .where(and(eq(consentEvents.workspaceId, access.workspace.id), eq(consentEvents.profileId, profileId), eq(consentEvents.id, eventId)))
      .returning({ id: consentEvents.id });
    if (!gone) throw notFound('Event not found.');
    await refreshExposure(tx, access.workspace.id, profileId);
  });
}

/**
 * The opt-in timeline: each event with who recorded it, and whether training exposure was
 * in effect after it under the region rules (an ON in an exempt region exposes nothing).
 */
export async function listConsentTimeline(db: Db, workspaceId: string, profileId: string) {
  const profile = await getProfile(db, workspaceId, profileId);
  const [events, spans] = await Promise.all([
    db
      .select({ event: consentEvents, recordedByEmail: users.email })
      .from(consentEvents)
      .leftJoin(users, eq(users.id, consentEvents.recordedBy))
      .where(and(eq(consentEvents.workspaceId, workspaceId), eq(consentEvents.profileId, profileId)))
      .orderBy(asc(consentEvents.effectiveAt), asc(consentEvents.createdAt)),
    loadTimeline(db, workspaceId, profileId, profile.region),
  ]);
  const items = events.map(({ event, recordedByEmail }) => {
    const span = spanAt(spans, event.effectiveAt);
    return {
      ...event,
      recordedByEmail,
      exposureEffective: span.state === 'exposed',
      exposureState: span.state,
      rule: span.rule ? { id: span.rule.id, label: span.rule.label, exempt: span.rule.exempt } : null,
    };
  });
  const current = spanAt(spans, new Date());
  return { profile, items, spans, current };
}
