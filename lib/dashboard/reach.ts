import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { rowsOf } from '@/db/results';
import type { Bucket } from './range';
import { bucketSql, bucketStarts, day, num, numOrNull, postDaysInScope, profilesInScope, ratio, type DashboardScope } from './scope';

// Reach (DESIGN.md "Metrics") of the posts published in a range, read from post_day_totals
// (per profile and day, kept exact by triggers on posts): each post counts with its
// newest known numbers (posts.latest_*), so "impressions in March" means "impressions of the
// posts published in March, as last measured". Engagement = reactions + comments + reposts
// (+ clicks where known); its rate is over the impressions of the posts that have both.
// Privacy exposure sums the privacy scores of the posts that were ever under effective
// training exposure: what a model may have learnt from.

export interface ReachTotals {
  posts: number;
  impressions: number;
  membersReached: number;
  engagementRate: number | null;
  followersGained: number | null;
  privacyExposure: number;
  exposedPosts: number;
}


export async function reachTotals(db: Db, scope: DashboardScope): Promise<ReachTotals> {
  const [postsRow, followers] = await Promise.all([
    db.execute(sql`
      select coalesce(sum(t.posts), 0)::int as posts,
        coalesce(sum(t.impressions), 0)::float8 as impressions,
        coalesce(sum(t.members_reached), 0)::float8 as members_reached,
        coalesce(sum(t.engagement), 0)::float8 as engagement,
        coalesce(sum(t.engaged_impressions), 0)::float8 as engaged_impressions,
        coalesce(sum(t.privacy_exposure), 0)::float8 as privacy_exposure,
        coalesce(sum(t.ever_exposed_posts), 0)::int as exposed_posts
      from post_day_totals t where ${postDaysInScope(scope)}`),
    followersGained(db, scope),
  ]);
  const row = rowsOf<Record<string, unknown>>(postsRow)[0] ?? {};
  return {
    posts: num(row.posts),
    impressions: num(row.impressions),
    membersReached: num(row.members_reached),
    engagementRate: ratio(num(row.engagement), num(row.engaged_impressions)),
    followersGained: followers,
    privacyExposure: num(row.privacy_exposure),
    exposedPosts: num(row.exposed_posts),
  };
}

/**
 * Followers gained over the range, per profile of the scope: the last known total in the range
 * minus the last known total before it (or the first in it), which counts unfollows too;
 * where a profile has no totals, the sum of its daily new followers; null when nothing is known.
 */
export async function followersGainedByProfile(db: Db, scope: DashboardScope): Promise<Map<string, number | null>> {
  const result = await db.execute(sql`
    select pr.id, coalesce(ends.total - coalesce(starts.total, firsts.total), news.total)::float8 as gained
    from profiles pr
    left join lateral (select f.total from follower_counts f where f.profile_id = pr.id and f.total is not null and f.day < ${day(scope.to)} and f.day >= ${day(scope.from)} order by f.day desc limit 1) ends on true
    left join lateral (select f.total from follower_counts f where f.profile_id = pr.id and f.total is not null and f.day < ${day(scope.from)} order by f.day desc limit 1) starts on true
    left join lateral (select f.total from follower_counts f where f.profile_id = pr.id and f.total is not null and f.day >= ${day(scope.from)} and f.day < ${day(scope.to)} order by f.day asc limit 1) firsts on true
    left join lateral (select sum(f.new_followers) as total from follower_counts f where f.profile_id = pr.id and f.day >= ${day(scope.from)} and f.day < ${day(scope.to)}) news on true
    where pr.workspace_id = ${scope.workspaceId}::uuid and pr.id in (${profilesInScope(scope)})`);
  return new Map(rowsOf<{ id: string; gained: unknown }>(result).map((r) => [String(r.id), numOrNull(r.gained)]));
}

/** Followers gained over the range, summed over the scope's profiles that know theirs. */
export async function followersGained(db: Db, scope: DashboardScope): Promise<number | null> {
  const known = [...(await followersGainedByProfile(db, scope)).values()].filter((v): v is number => v !== null);
  return known.length ? known.reduce((a, b) => a + b, 0) : null;
}

export interface ReachPoint {
  /** The bucket's first day, YYYY-MM-DD. */
  bucket: string;
  posts: number;
  impressions: number;
  engagementRate: number | null;
  /** Followers at the bucket's end, summed over the profiles with a known total. */
  followers: number | null;
}

/** Reach per bucket of the range (every bucket present, empty ones with 0 posts). */
export async function reachSeries(db: Db, scope: DashboardScope, bucket: Bucket): Promise<ReachPoint[]> {
  const starts = bucketStarts(scope.from, scope.to, bucket);
  const ends = starts.map((s, i) => (starts[i + 1] ?? scope.to).toISOString().slice(0, 10));
  const [postRows, followerRows] = await Promise.all([
    db.execute(sql`
      select to_char(date_trunc(${bucketSql(bucket)}, t.day), 'YYYY-MM-DD') as bucket,
        sum(t.posts)::int as posts,
        coalesce(sum(t.impressions), 0)::float8 as impressions,
        coalesce(sum(t.engagement), 0)::float8 as engagement,
        coalesce(sum(t.engaged_impressions), 0)::float8 as engaged_impressions
      from post_day_totals t where ${postDaysInScope(scope)}
      group by 1`),
    db.execute(sql`
      select e.bucket_end, sum(last.total)::float8 as followers
      from jsonb_array_elements_text(${JSON.stringify(ends)}::jsonb) as e(bucket_end)
      cross join profiles pr
      cross join lateral (
        select f.total from follower_counts f
        where f.profile_id = pr.id and f.total is not null and f.day < e.bucket_end::date
        order by f.day desc limit 1
      ) last
      where pr.workspace_id = ${scope.workspaceId}::uuid and pr.id in (${profilesInScope(scope)})
      group by e.bucket_end`),
  ]);
  const byBucket = new Map(rowsOf<Record<string, unknown>>(postRows).map((r) => [String(r.bucket), r]));
  const followersByEnd = new Map(rowsOf<Record<string, unknown>>(followerRows).map((r) => [String(r.bucket_end), numOrNull(r.followers)]));
  return starts.map((start, i) => {
    const key = start.toISOString().slice(0, 10);
    const row = byBucket.get(key);
    return {
      bucket: key,
      posts: num(row?.posts),
      impressions: num(row?.impressions),
      engagementRate: row ? ratio(num(row.engagement), num(row.engaged_impressions)) : null,
      followers: followersByEnd.get(ends[i]!) ?? null,
    };
  });
}

