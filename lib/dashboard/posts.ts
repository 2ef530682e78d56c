import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { rowsOf } from '@/db/results';
import { PRIVACY_SCAN_VERSION, privacyOf } from '@/lib/posts/privacy';
import { spanAt, type ExposureState } from '@/lib/consent/exposure';
import { profileTimelines, type ProfileTimeline } from './bands';
import { followersGainedByProfile } from './reach';
import { num, numOrNull, postDaysInScope, postsInScope, ratio, type DashboardScope } from './scope';

// Per-post views of the dashboard: the scatter of reach against privacy exposure, the top
// posts, and the profiles of a team side by side.

export interface PostPoint {
  id: string;
  profileName: string;
  publishedAt: string;
  excerpt: string;
  impressions: number | null;
  privacyScore: number | null;
  exposedAtPublication: boolean;
  exposureState: string | null;
}

/** The range's posts (newest first, at most `limit`), with whether more were left out. */
export async function postPoints(db: Db, scope: DashboardScope, limit = 2000): Promise<{ points: PostPoint[]; truncated: boolean }> {
  // Posts the background scan has not reached yet (just imported) are scanned here, from
  // their full text: the chart never waits for the worker.
  const result = await db.execute(sql`
    select p.id, pr.name as profile_name, p.published_at, left(coalesce(p.text, ''), 120) as excerpt,
      p.latest_impressions, p.privacy_score, p.exposed_at_publication, p.exposure_state,
      case when p.privacy_scanned_version < ${PRIVACY_SCAN_VERSION} then coalesce(p.text, '') end as unscanned_text
    from posts p join profiles pr on pr.id = p.profile_id
    where ${postsInScope(scope)}
    order by p.published_at desc, p.id desc limit ${limit + 1}`);
  const rows = rowsOf<Record<string, unknown>>(result);
  return {
    truncated: rows.length > limit,
    points: rows.slice(0, limit).map((r) => ({
      id: String(r.id),
      profileName: String(r.profile_name),
      publishedAt: new Date(r.published_at as string).toISOString(),
      excerpt: String(r.excerpt),
      impressions: numOrNull(r.latest_impressions),
      privacyScore: r.unscanned_text === null ? numOrNull(r.privacy_score) : privacyOf(r.unscanned_text as string, String(r.profile_name)).score,
      exposedAtPublication: Boolean(r.exposed_at_publication),
      exposureState: (r.exposure_state as string | null) ?? null,
    })),
  };
}

export async function topPosts(db: Db, scope: DashboardScope, limit = 10): Promise<(PostPoint & { engagementRate: number | null })[]> {
  const result = await db.execute(sql`
    select p.id, pr.name as profile_name, p.published_at, left(coalesce(p.text, ''), 160) as excerpt,
      p.latest_impressions, p.latest_engagement_rate, p.privacy_score, p.exposed_at_publication, p.exposure_state
    from posts p join profiles pr on pr.id = p.profile_id
    where ${postsInScope(scope)} and p.latest_impressions is not null
    -- The expression of posts_latest_impressions_idx: the index walks the best posts first.
    order by coalesce(p.latest_impressions, -1) desc, p.id desc limit ${limit}`);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    id: String(r.id),
    profileName: String(r.profile_name),
    publishedAt: new Date(r.published_at as string).toISOString(),
    excerpt: String(r.excerpt),
    impressions: numOrNull(r.latest_impressions),
    engagementRate: numOrNull(r.latest_engagement_rate),
    privacyScore: numOrNull(r.privacy_score),
    exposedAtPublication: Boolean(r.exposed_at_publication),
    exposureState: (r.exposure_state as string | null) ?? null,
  }));
}

export interface ProfileColumn {
  id: string;
  name: string;
  /** Exposure now, from the opt-in timeline and region rules. */
  stateNow: ExposureState | null;
  posts: number;
  impressions: number;
  impressionsPerPost: number | null;
  engagementRate: number | null;
  followersGained: number | null;
  privacyExposure: number;
}

/** Every active profile of the workspace over the range, for the team comparison (pass their timelines if loaded). */
export async function profilesSideBySide(db: Db, scope: DashboardScope, loaded?: ProfileTimeline[]): Promise<ProfileColumn[]> {
  const team = { ...scope, profileId: null };
  const [timelines, gained, result] = await Promise.all([
    loaded ?? profileTimelines(db, team),
    followersGainedByProfile(db, team),
    db.execute(sql`
      select t.profile_id, sum(t.posts)::int as posts,
        coalesce(sum(t.impressions), 0)::float8 as impressions,
        coalesce(sum(t.engagement), 0)::float8 as engagement,
        coalesce(sum(t.engaged_impressions), 0)::float8 as engaged_impressions,
        coalesce(sum(t.privacy_exposure), 0)::float8 as privacy_exposure
      from post_day_totals t where ${postDaysInScope(team)}
      group by t.profile_id`),
  ]);
  const byProfile = new Map(rowsOf<Record<string, unknown>>(result).map((r) => [String(r.profile_id), r]));
  const now = new Date();
  return timelines.map((t) => {
    const row = byProfile.get(t.id);
    const posts = num(row?.posts);
    return {
      id: t.id,
      name: t.name,
      stateNow: t.spans.length ? spanAt(t.spans, now).state : null,
      posts,
      impressions: num(row?.impressions),
      impressionsPerPost: ratio(num(row?.impressions), posts),
      engagementRate: ratio(num(row?.engagement), num(row?.engaged_impressions)),
      followersGained: gained.get(t.id) ?? null,
      privacyExposure: num(row?.privacy_exposure),
    };
  });
}
