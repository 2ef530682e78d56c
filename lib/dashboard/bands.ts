import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { profiles } from '@/db/schema';
import { spanAt, type ExposureSpan } from '@/lib/consent/exposure';
import { loadRegionRules, loadTimeline } from '@/lib/consent/refresh';
import type { DashboardScope } from './scope';

// The periods of effective training exposure that time charts shade. For one profile, its
// exposed spans; for a team, every stretch where at least one profile was exposed, with how
// many of how many (the chart shades "all exposed" darker than "some exposed").

export interface ExposureBand {
  /** First day, YYYY-MM-DD. */
  from: string;
  /** First day after, YYYY-MM-DD. */
  to: string;
  exposedProfiles: number;
  totalProfiles: number;
}

/** Pure: the bands of a set of timelines within [from, to). */
export function bandsFromTimelines(timelines: readonly ExposureSpan[][], from: Date, to: Date): ExposureBand[] {
  if (timelines.length === 0 || from >= to) return [];
  const cuts = new Set([from.getTime(), to.getTime()]);
  for (const spans of timelines) {
    for (const s of spans) {
      for (const edge of [s.from, s.to]) if (edge && edge > from && edge < to) cuts.add(edge.getTime());
    }
  }
  const times = [...cuts].sort((a, b) => a - b);
  const bands: ExposureBand[] = [];
  for (let i = 0; i + 1 < times.length; i++) {
    const start = new Date(times[i]!);
    const exposed = timelines.filter((spans) => spans.length > 0 && spanAt(spans, start).state === 'exposed').length;
    const last = bands[bands.length - 1];
    const fromDay = start.toISOString().slice(0, 10);
    const toDay = new Date(times[i + 1]!).toISOString().slice(0, 10);
    if (last && last.to === fromDay && last.exposedProfiles === exposed) last.to = toDay;
    else bands.push({ from: fromDay, to: toDay, exposedProfiles: exposed, totalProfiles: timelines.length });
  }
  return bands.filter((b) => b.exposedProfiles > 0 && b.from < b.to);
}

export type ProfileTimeline = Awaited<ReturnType<typeof profileTimelines>>[number];

/** Each profile of the scope (archived ones left out) with its exposure timeline. */
export async function profileTimelines(db: Db, scope: Pick<DashboardScope, 'workspaceId' | 'profileId'>) {
  const rows = await db
    .select({ id: profiles.id, name: profiles.name, region: profiles.region })
    .from(profiles)
    .where(and(eq(profiles.workspaceId, scope.workspaceId), scope.profileId ? eq(profiles.id, scope.profileId) : isNull(profiles.archivedAt)))
    .orderBy(asc(profiles.name), asc(profiles.id));
  const rules = await loadRegionRules(db, scope.workspaceId);
  return Promise.all(rows.map(async (p) => ({ ...p, spans: await loadTimeline(db, scope.workspaceId, p.id, p.region, rules) })));
}

export async function exposureBands(db: Db, scope: DashboardScope, loaded?: ProfileTimeline[]): Promise<ExposureBand[]> {
  const timelines = loaded ?? (await profileTimelines(db, scope));
  return bandsFromTimelines(
    timelines.map((t) => t.spans),
    scope.from,
    scope.to,
  );
}
