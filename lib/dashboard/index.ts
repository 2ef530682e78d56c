import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { rowsOf } from '@/db/results';
import { exposureBands, profileTimelines, type ExposureBand } from './bands';
import { accountReachSeries } from './daily-reach';
import { postPoints, profilesSideBySide, topPosts } from './posts';
import { parseRange, type DateRange } from './range';
import { reachSeries, reachTotals, type ReachTotals } from './reach';
import type { DashboardScope } from './scope';
import { visibilitySeries, visibilityTotals, type VisibilityTotals } from './visibility';

// The dashboard: reach and AI visibility of a range (and the period before it), their trends,
// the exposure bands the charts shade, and the per-post and per-profile views. Queries run in
// parallel (`npm run bench:dashboard` prints their timings at benchmark size).

export interface Kpis {
  reach: ReachTotals;
  visibility: VisibilityTotals;
}

/** The first day with any post, answer or daily account reach: where "all time" starts. */
export async function earliestData(db: Db, workspaceId: string, profileId: string | null): Promise<Date | null> {
  const result = await db.execute(sql`
    select least(
      (select min(published_at) from posts where workspace_id = ${workspaceId}::uuid ${profileId ? sql`and profile_id = ${profileId}::uuid` : sql``}),
      (select min(asked_at) from answers where workspace_id = ${workspaceId}::uuid),
      (select min(day)::timestamp at time zone 'UTC' from profile_daily_reach where workspace_id = ${workspaceId}::uuid ${profileId ? sql`and profile_id = ${profileId}::uuid` : sql``})
    ) as first`);
  const first = rowsOf<{ first: string | Date | null }>(result)[0]?.first;
  return first ? new Date(first) : null;
}

export async function resolveRange(db: Db, workspaceId: string, profileId: string | null, params: { range?: string; from?: string; to?: string }, today?: Date): Promise<DateRange> {
  const earliest = params.range === 'all' ? await earliestData(db, workspaceId, profileId) : null;
  return parseRange(params, earliest, today);
}

export async function kpis(db: Db, scope: DashboardScope): Promise<Kpis> {
  const [reach, visibility] = await Promise.all([reachTotals(db, scope), visibilityTotals(db, scope)]);
  return { reach, visibility };
}

export async function loadDashboard(db: Db, workspaceId: string, profileId: string | null, range: DateRange) {
  const scope: DashboardScope = { workspaceId, profileId, from: range.from, to: range.to };
  // The scope's timelines, read once: the bands and the team comparison both need them.
  const timelines = profileTimelines(db, scope);
  const [current, previous, reach, accountReach, visibility, bands, posts, top, profiles] = await Promise.all([
    kpis(db, scope),
    range.previous ? kpis(db, { ...scope, ...range.previous }) : Promise.resolve(null),
    reachSeries(db, scope, range.bucket),
    accountReachSeries(db, scope, range.bucket),
    visibilitySeries(db, scope, range.bucket),
    timelines.then((loaded) => exposureBands(db, scope, loaded)),
    postPoints(db, scope),
    topPosts(db, scope),
    profileId ? Promise.resolve([]) : timelines.then((loaded) => profilesSideBySide(db, scope, loaded)),
  ]);
  return { range, kpis: { current, previous }, reach, accountReach, visibility, bands, posts, topPosts: top, profiles };
}

export type Dashboard = Awaited<ReturnType<typeof loadDashboard>>;
export type { ExposureBand };
export { accountReachSeries, hasAccountReach, type AccountReachPoint } from './daily-reach';
export { parseRange, rangeParams, RANGE_LABELS, RANGE_PRESETS, type DateRange, type RangePreset } from './range';
