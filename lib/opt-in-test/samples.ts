import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { rowsOf } from '@/db/results';
import { answersInScope, num, numOrNull, postsInScope, type DashboardScope } from '@/lib/dashboard/scope';

// The observations the opt-in test compares, read in two statements: every measured post of
// the range with its followers at publication, and every answer with what it says about us.

export interface PostObservation {
  profileId: string;
  publishedAt: Date;
  exposed: boolean;
  /** Under exposure at any time since publication: in the pool a model may have learnt from. */
  everExposed: boolean;
  impressions: number;
  /** Reactions + comments + reposts (+ clicks) over impressions. */
  engagementRate: number | null;
  /** The profile's last known follower total on or before the publication day. */
  followers: number | null;
  privacyScore: number;
}

export async function postObservations(db: Db, scope: DashboardScope): Promise<PostObservation[]> {
  const result = await db.execute(sql`
    select p.profile_id, p.published_at, p.exposed_at_publication, p.ever_exposed, p.latest_impressions, coalesce(p.privacy_score, 0)::float8 as privacy_score,
      p.latest_engagement_rate as engagement_rate,
      (select f.total from follower_counts f
        where f.profile_id = p.profile_id and f.total is not null and f.day <= (p.published_at at time zone 'UTC')::date
        order by f.day desc limit 1) as followers
    from posts p
    where ${postsInScope(scope)} and p.latest_impressions is not null`);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    profileId: String(r.profile_id),
    publishedAt: new Date(r.published_at as string),
    exposed: Boolean(r.exposed_at_publication),
    everExposed: Boolean(r.ever_exposed),
    impressions: num(r.latest_impressions),
    engagementRate: numOrNull(r.engagement_rate),
    followers: numOrNull(r.followers),
    privacyScore: num(r.privacy_score),
  }));
}

export interface AnswerObservation {
  askedAt: Date;
  namesUs: boolean;
  usMentions: number;
  allMentions: number;
}

export async function answerObservations(db: Db, scope: DashboardScope): Promise<AnswerObservation[]> {
  const result = await db.execute(sql`
    select a.asked_at, a.us_best_rank is not null as names_us, a.us_mentions, a.all_mentions
    from answers a where ${answersInScope(scope)}`);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    askedAt: new Date(r.asked_at as string),
    namesUs: Boolean(r.names_us),
    usMentions: num(r.us_mentions),
    allMentions: num(r.all_mentions),
  }));
}
