import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { postMetrics, posts } from '@/db/schema';

const count = z.coerce.number().int('Use whole numbers.').min(0, 'Cannot be negative.').max(1e12).optional();
const optionalCount = z.preprocess((v) => (v === '' || v === null ? undefined : v), count);

export const METRIC_FIELDS = ['impressions', 'membersReached', 'reactions', 'comments', 'reposts', 'clicks', 'saves', 'engagements'] as const;
export type MetricField = (typeof METRIC_FIELDS)[number];

export const metricSnapshotSchema = z.object({
  capturedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-05-07.')
    .default(() => new Date().toISOString().slice(0, 10)),
  impressions: optionalCount,
  membersReached: optionalCount,
  reactions: optionalCount,
  comments: optionalCount,
  reposts: optionalCount,
  clicks: optionalCount,
  saves: optionalCount,
  engagements: optionalCount,
});

const COLUMNS = ['impressions', 'members_reached', 'reactions', 'comments', 'reposts', 'clicks', 'saves', 'engagements'];

export type MetricSnapshot = z.output<typeof metricSnapshotSchema>;

export const hasAnyMetric = (m: Partial<Record<MetricField, number | undefined>>) => METRIC_FIELDS.some((f) => m[f] !== undefined);

/**
 * Writes snapshots: one row per post per day. A later write for the same day updates it,
 * and a number the new source does not give keeps the old value (a top-posts list knows
 * impressions, not comments). One statement for the whole batch.
 */
export async function upsertMetricSnapshots(
  db: Db,
  workspaceId: string,
  rows: (MetricSnapshot & { postId: string })[],
  importId: string | null = null,
): Promise<{ added: number; updated: number; skipped: number }> {
  if (rows.length === 0) return { added: 0, updated: 0, skipped: 0 };
  const keep = (column: string) => sql.raw(`coalesce(excluded.${column}, post_metrics.${column})`);
  const result = await db
    .insert(postMetrics)
    .values(
      rows.map((r) => ({
        postId: r.postId,
        workspaceId,
        capturedOn: r.capturedOn,
        impressions: r.impressions ?? null,
        membersReached: r.membersReached ?? null,
        reactions: r.reactions ?? null,
        comments: r.comments ?? null,
        reposts: r.reposts ?? null,
        clicks: r.clicks ?? null,
        saves: r.saves ?? null,
        engagements: r.engagements ?? null,
        importId,
      })),
    )
    .onConflictDoUpdate({
      target: [postMetrics.postId, postMetrics.capturedOn],
      set: {
        impressions: keep('impressions'),
        membersReached: keep('members_reached'),
        reactions: keep('reactions'),
        comments: keep('comments'),
        reposts: keep('reposts'),
        clicks: keep('clicks'),
        saves: keep('saves'),
        engagements: keep('engagements'),
        importId: sql`coalesce(excluded.import_id, post_metrics.import_id)`,
        updatedAt: sql`now()`,
      },
      // Numbers that change nothing leave the row alone, and count as skipped.
      setWhere: sql.raw(
        `(${COLUMNS.map((c) => `post_metrics.${c}`).join(', ')}) is distinct from (${COLUMNS.map((c) => `coalesce(excluded.${c}, post_metrics.${c})`).join(', ')})`,
      ),
    })
    // xmax = 0 only for rows this statement inserted: tells added from updated in one trip.
    .returning({ inserted: sql<boolean>`(xmax = 0)` });
  const added = result.filter((r) => r.inserted).length;
  return { added, updated: result.length - added, skipped: rows.length - result.length };
}

/**
 * Copies each post's newest snapshot onto the post (the latest_* columns that lists sort
 * by), in one statement for the given posts.
 */
export async function refreshLatestMetrics(db: Db, workspaceId: string, postIds: string[]): Promise<void> {
  if (postIds.length === 0) return;
  const latest = db
    .selectDistinctOn([postMetrics.postId])
    .from(postMetrics)
    .where(and(eq(postMetrics.workspaceId, workspaceId), inArray(postMetrics.postId, postIds)))
    .orderBy(postMetrics.postId, sql`${postMetrics.capturedOn} desc`)
    .as('latest');
  await db
    .update(posts)
    .set({
      latestCapturedOn: sql`${latest.capturedOn}`,
      latestImpressions: sql`${latest.impressions}`,
      latestMembersReached: sql`${latest.membersReached}`,
      latestReactions: sql`${latest.reactions}`,
      latestComments: sql`${latest.comments}`,
      latestReposts: sql`${latest.reposts}`,
      latestClicks: sql`${latest.clicks}`,
      // Engagement rate (DESIGN.md "Metrics"): (reactions + comments + reposts + clicks where
      // known) / impressions; from the file's own total when it gives no breakdown.
      latestEngagementRate: sql`case when ${latest.impressions} > 0 then (case when coalesce(${latest.reactions}, ${latest.comments}, ${latest.reposts}, ${latest.clicks}) is null then ${latest.engagements} else coalesce(${latest.reactions}, 0) + coalesce(${latest.comments}, 0) + coalesce(${latest.reposts}, 0) + coalesce(${latest.clicks}, 0) end)::double precision / ${latest.impressions} end`,
    })
    .from(latest)
    .where(and(eq(posts.workspaceId, workspaceId), eq(posts.id, latest.postId)));
}

export function metricHistory(db: Db, workspaceId: string, postId: string) {
  return db
    .select()
    .from(postMetrics)
    .where(and(eq(postMetrics.workspaceId, workspaceId), eq(postMetrics.postId, postId)))
    .orderBy(postMetrics.capturedOn);
}
