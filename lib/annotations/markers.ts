import { and, asc, eq, gte, lt, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { annotations, consentEvents, profiles } from '@/db/schema';
import { isUuid } from '@/lib/auth/access';
import { calendarDaySchema } from '@/lib/dates';
import { notFound } from '@/lib/errors';
import { aboutProfile } from './annotations';

// The markers every time chart and the opt-in test's timeline draw: the team's notes and,
// without anyone writing them down, every change of a profile's AI-training setting.

export type MarkerKind = 'note' | 'opt_in' | 'opt_out';

export interface TimelineMarker {
  /** The annotation's or the consent event's id: a stable key for a chart. */
  id: string;
  /** UTC day, YYYY-MM-DD. */
  day: string;
  label: string;
  kind: MarkerKind;
  /** The profile the marker is about; absent for a note about the whole workspace. */
  profileName?: string;
  /** A note's longer text, for a tooltip. */
  note?: string;
}

export const timelineRangeSchema = z
  .object({
    from: calendarDaySchema(),
    to: calendarDaySchema(),
    profileId: z.string().optional(),
  })
  .refine((r) => r.from <= r.to, { message: 'The start day is after the end day.', path: ['to'] });

export type TimelineRange = z.input<typeof timelineRangeSchema>;

const CONSENT_LABEL = { on: 'Opted in to generative-AI training', off: 'Opted out of generative-AI training' } as const;

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000);

/**
 * Chart-ready markers between two UTC days (both included), oldest first: the notes and the
 * consent events of the workspace, or, with `profileId`, the workspace-wide notes and that
 * profile's notes and consent events.
 */
export async function timelineMarkers(db: Db, workspaceId: string, range: TimelineRange): Promise<TimelineMarker[]> {
  const { from, to, profileId } = timelineRangeSchema.parse(range);
  if (profileId !== undefined && !isUuid(profileId)) throw notFound('Profile not found.');
  const [notes, events] = await Promise.all([
    db
      .select({ id: annotations.id, day: annotations.day, label: annotations.label, note: annotations.note, profileName: profiles.name })
      .from(annotations)
      .leftJoin(profiles, and(eq(profiles.id, annotations.profileId), eq(profiles.workspaceId, annotations.workspaceId)))
      .where(and(eq(annotations.workspaceId, workspaceId), gte(annotations.day, from), lte(annotations.day, to), profileId ? aboutProfile(profileId) : undefined))
      .orderBy(asc(annotations.day), asc(annotations.createdAt)),
    db
      .select({
        id: consentEvents.id,
        day: sql<string>`to_char(${consentEvents.effectiveAt} at time zone 'UTC', 'YYYY-MM-DD')`,
        status: consentEvents.status,
        profileName: profiles.name,
      })
      .from(consentEvents)
      .innerJoin(profiles, and(eq(profiles.id, consentEvents.profileId), eq(profiles.workspaceId, consentEvents.workspaceId)))
      .where(
        and(
          eq(consentEvents.workspaceId, workspaceId),
          gte(consentEvents.effectiveAt, new Date(`${from}T00:00:00Z`)),
          lt(consentEvents.effectiveAt, nextDay(to)),
          profileId ? eq(consentEvents.profileId, profileId) : undefined,
        ),
      )
      .orderBy(asc(consentEvents.effectiveAt)),
  ]);
  const markers: TimelineMarker[] = [
    ...notes.map((n) => ({
      id: n.id,
      day: n.day,
      label: n.label,
      kind: 'note' as const,
      ...(n.profileName !== null && { profileName: n.profileName }),
      ...(n.note !== null && { note: n.note }),
    })),
    ...events.map((e) => ({
      id: e.id,
      day: e.day,
      label: CONSENT_LABEL[e.status],
      kind: e.status === 'on' ? ('opt_in' as const) : ('opt_out' as const),
      profileName: e.profileName,
    })),
  ];
  // Both lists come sorted; a stable sort by day keeps each day's notes before its setting changes.
  return markers.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}
