import { sql, type SQL } from 'drizzle-orm';
import type { Bucket } from './range';

// What every dashboard query shares: the workspace, an optional profile, a half-open range.

export interface DashboardScope {
  workspaceId: string;
  /** One profile's view; null for the whole workspace. */
  profileId: string | null;
  from: Date;
  to: Date;
}

// postgres.js under drizzle rejects Date parameters for timestamptz: ISO text and a cast.
export const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;
export const day = (d: Date) => sql`${d.toISOString().slice(0, 10)}::date`;

/**
 * `posts p` of the scope, published in the range. The workspace's view leaves archived
 * profiles out, as its exposure bands and team comparison do: archiving stops tracking.
 */
export const postsInScope = (s: DashboardScope): SQL =>
  sql`p.workspace_id = ${s.workspaceId}::uuid and p.published_at >= ${ts(s.from)} and p.published_at < ${ts(s.to)}
    and p.profile_id in (${profilesInScope(s)})`;

/** The ids of the scope's profiles: the one chosen (archived or not), or every active one. */
export const profilesInScope = (s: Pick<DashboardScope, 'workspaceId' | 'profileId'>): SQL =>
  s.profileId
    ? sql`select ${s.profileId}::uuid`
    : sql`select pr.id from profiles pr where pr.workspace_id = ${s.workspaceId}::uuid and pr.archived_at is null`;

/**
 * `post_day_totals t` of the scope: the per-profile, per-day sums kept by triggers on posts
 * (drizzle/0008). Ranges are whole UTC days, so they cover exactly the posts of the range.
 */
// Engagement in post_day_totals is a post's newest engagement rate times its impressions, so
// files that give only a total of interactions count as they do on the posts list.
export const postDaysInScope = (s: DashboardScope): SQL =>
  sql`t.workspace_id = ${s.workspaceId}::uuid and t.day >= ${day(s.from)} and t.day < ${day(s.to)} and t.profile_id in (${profilesInScope(s)})`;

/** `answer_day_totals t` of the workspace in the range (per day and engine, kept by triggers on answers). */
export const answerDaysInScope = (s: DashboardScope): SQL => sql`t.workspace_id = ${s.workspaceId}::uuid and t.day >= ${day(s.from)} and t.day < ${day(s.to)}`;

/** `answers a` of the workspace asked in the range (answers belong to the workspace, not a profile). */
export const answersInScope = (s: DashboardScope): SQL =>
  sql`a.workspace_id = ${s.workspaceId}::uuid and a.asked_at >= ${ts(s.from)} and a.asked_at < ${ts(s.to)}`;

export const bucketSql = (bucket: Bucket) => sql.raw(`'${bucket}'`);

/** The start of each bucket from the one holding `from` up to `to` (UTC; weeks start on Monday). */
export function bucketStarts(from: Date, to: Date, bucket: Bucket): Date[] {
  const first = truncate(from, bucket);
  const starts: Date[] = [];
  for (let t = first; t < to; t = next(t, bucket)) starts.push(t);
  return starts;
}

export function truncate(d: Date, bucket: Bucket): Date {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  if (bucket === 'month') return new Date(Date.UTC(y, m, 1));
  const dayStart = new Date(Date.UTC(y, m, d.getUTCDate()));
  if (bucket === 'day') return dayStart;
  const weekday = (dayStart.getUTCDay() + 6) % 7; // Monday = 0, as date_trunc('week') counts
  return new Date(dayStart.getTime() - weekday * 86_400_000);
}

export function next(d: Date, bucket: Bucket): Date {
  if (bucket === 'month') return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
  return new Date(d.getTime() + (bucket === 'week' ? 7 : 1) * 86_400_000);
}

/** A ratio, or null when there is nothing to divide by. */
export const ratio = (n: number | null, d: number | null): number | null => (n === null || d === null || d <= 0 ? null : n / d);

/** Numbers from either driver (postgres.js returns bigint and numeric as text). */
export const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
export const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
