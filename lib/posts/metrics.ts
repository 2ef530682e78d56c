import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { calendarDaySchema } from '@/lib/dates';
import type { Db } from '@/db/client';
import { rowsOf } from '@/db/results';
import { postMetrics } from '@/db/schema';

const count = z.coerce.number().int('Use whole numbers.').min(0, 'Cannot be negative.').max(1e12).optional();
const optionalCount = z.preprocess((v) => (v === '' || v === null ? undefined : v), count);

export const METRIC_FIELDS = ['impressions', 'membersReached', 'reactions', 'comments', 'reposts', 'clicks', 'saves', 'engagements'] as const;
export type MetricField = (typeof METRIC_FIELDS)[number];

export const metricSnapshotSchema = z.object({
  capturedOn: calendarDaySchema().default(() => new Date().toISOString().slice(0, 10)),
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
  // One JSON parameter for the batch (see lib/imports/persist.ts for why).
  const json = rows.map((r) => ({
    post_id: r.postId,
    captured_on: r.capturedOn,
    impressions: r.impressions ?? null,
    members_reached: r.membersReached ?? null,
    reactions: r.reactions ?? null,
    comments: r.comments ?? null,
    reposts: r.reposts ?? null,
    clicks: r.clicks ?? null,
    saves: r.saves ?? null,
    engagements: r.engagements ?? null,
  }));
  const list = COLUMNS.join(', ');
  const result = rowsOf<{ inserted: boolean }>(
    await db.execute(sql`
      insert into post_metrics (post_id, workspace_id, captured_on, ${sql.raw(list)}, import_id)
      select x.post_id, ${workspaceId}::uuid, x.captured_on, ${sql.raw(COLUMNS.map((c) => `x.${c}`).join(', '))}, ${importId}::uuid
      from jsonb_to_recordset(${JSON.stringify(json)}::jsonb)
        as x(post_id uuid, captured_on date, ${sql.raw(COLUMNS.map((c) => `${c} bigint`).join(', '))})
      on conflict (post_id, captured_on) do update set
        ${sql.raw(COLUMNS.map((c) => `${c} = coalesce(excluded.${c}, post_metrics.${c})`).join(', '))},
        import_id = coalesce(excluded.import_id, post_metrics.import_id),
        updated_at = now()
      -- Numbers that change nothing leave the row alone, and count as skipped.
      where (${sql.raw(COLUMNS.map((c) => `post_metrics.${c}`).join(', '))})
        is distinct from (${sql.raw(COLUMNS.map((c) => `coalesce(excluded.${c}, post_metrics.${c})`).join(', '))})
      -- xmax = 0 only for rows this statement inserted: tells added from updated in one trip.
      returning (xmax = 0) as inserted`),
  );
  const added = result.filter((r) => r.inserted).length;
  return { added, updated: result.length - added, skipped: rows.length - result.length };
}

/**
 * Copies each post's newest known numbers onto the post (the latest_* columns that lists sort
 * by), in one statement for the given posts. Each metric takes its newest non-empty value:
 * a later snapshot that gives only reactions does not blank the impressions.
 */
export async function refreshLatestMetrics(db: Db, workspaceId: string, postIds: string[]): Promise<void> {
  if (postIds.length === 0) return;
  const newest = (column: string) => sql.raw(`(array_agg(m.${column} order by m.captured_on desc) filter (where m.${column} is not null))[1]`);
  await db.execute(sql`
    with latest as (
      select m.post_id, max(m.captured_on) as captured_on,
             ${newest('impressions')} as impressions, ${newest('members_reached')} as members_reached,
             ${newest('reactions')} as reactions, ${newest('comments')} as comments, ${newest('reposts')} as reposts,
             ${newest('clicks')} as clicks, ${newest('engagements')} as engagements
      from post_metrics m
      where m.workspace_id = ${workspaceId}::uuid
        and m.post_id in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(postIds)}::jsonb))
      group by m.post_id
    )
    update posts p set
      latest_captured_on = l.captured_on,
      latest_impressions = l.impressions,
      latest_members_reached = l.members_reached,
      latest_reactions = l.reactions,
      latest_comments = l.comments,
      latest_reposts = l.reposts,
      latest_clicks = l.clicks,
      -- Engagement rate (DESIGN.md "Metrics"): (reactions + comments + reposts + clicks where
      -- known) / impressions; from the file's own total when it gives no breakdown.
      latest_engagement_rate = case when l.impressions > 0 then
        (case when coalesce(l.reactions, l.comments, l.reposts, l.clicks) is null then l.engagements
              else coalesce(l.reactions, 0) + coalesce(l.comments, 0) + coalesce(l.reposts, 0) + coalesce(l.clicks, 0) end)::double precision
        / l.impressions end
    from latest l
    where p.workspace_id = ${workspaceId}::uuid and p.id = l.post_id`);
}

export function metricHistory(db: Db, workspaceId: string, postId: string) {
  return db
    .select()
    .from(postMetrics)
    .where(and(eq(postMetrics.workspaceId, workspaceId), eq(postMetrics.postId, postId)))
    .orderBy(postMetrics.capturedOn);
}
