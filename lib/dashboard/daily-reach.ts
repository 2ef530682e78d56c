import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { rowsOf } from '@/db/results';
import type { Bucket } from './range';
import { bucketSql, bucketStarts, day, num, numOrNull, profilesInScope, ratio, type DashboardScope } from './scope';

// Account reach (DESIGN.md "Metrics", per day): what LinkedIn counted per day across all of a
// profile's content, from profile_daily_reach (creator analytics ENGAGEMENT sheet, company page
// exports; lib/imports/persist.ts). Unlike reach.ts, which counts each post's newest numbers by
// its publication day, a day here holds the impressions of every post seen that day, old or new.
// Members reached are summed over days and profiles: a member reached on two days counts twice.

export interface AccountReachPoint {
  /** The bucket's first day, YYYY-MM-DD. */
  bucket: string;
  /** How many profile-days of the bucket have a row: less than days × profiles means gaps. */
  days: number;
  /** Sums over the bucket's rows; null when no row of the bucket gives the figure. */
  impressions: number | null;
  engagements: number | null;
  membersReached: number | null;
  /** Engagements / impressions over the days that give both; null without impressions. */
  engagementRate: number | null;
}

/** `profile_daily_reach r` of the scope: its profiles' rows on the range's UTC days. */
const dailyReachInScope = (s: DashboardScope) =>
  sql`r.workspace_id = ${s.workspaceId}::uuid and r.day >= ${day(s.from)} and r.day < ${day(s.to)} and r.profile_id in (${profilesInScope(s)})`;

/** Account reach per bucket of the range, every bucket present (an empty one with 0 days). */
export async function accountReachSeries(db: Db, scope: DashboardScope, bucket: Bucket): Promise<AccountReachPoint[]> {
  const result = await db.execute(sql`
    select to_char(date_trunc(${bucketSql(bucket)}, r.day), 'YYYY-MM-DD') as bucket,
      count(*)::int as days,
      sum(r.impressions)::float8 as impressions,
      sum(r.engagements)::float8 as engagements,
      sum(r.members_reached)::float8 as members_reached,
      sum(r.engagements) filter (where r.impressions is not null)::float8 as rated_engagements,
      sum(r.impressions) filter (where r.engagements is not null)::float8 as rated_impressions
    from profile_daily_reach r where ${dailyReachInScope(scope)}
    group by 1`);
  const byBucket = new Map(rowsOf<Record<string, unknown>>(result).map((r) => [String(r.bucket), r]));
  return bucketStarts(scope.from, scope.to, bucket).map((start) => {
    const key = start.toISOString().slice(0, 10);
    const row = byBucket.get(key);
    return {
      bucket: key,
      days: num(row?.days),
      impressions: numOrNull(row?.impressions),
      engagements: numOrNull(row?.engagements),
      membersReached: numOrNull(row?.members_reached),
      engagementRate: row ? ratio(numOrNull(row.rated_engagements), numOrNull(row.rated_impressions)) : null,
    };
  });
}

/** Whether any of the scope's profiles has a day of account reach in the range. */
export async function hasAccountReach(db: Db, scope: DashboardScope): Promise<boolean> {
  const result = await db.execute(sql`select exists (select 1 from profile_daily_reach r where ${dailyReachInScope(scope)}) as found`);
  return Boolean(rowsOf<{ found: unknown }>(result)[0]?.found);
}
