import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { rowsOf } from '@/db/results';
import type { AnswerEngine } from '@/lib/answers/engines';
import type { Bucket } from './range';
import { answerDaysInScope, bucketSql, bucketStarts, num, numOrNull, ratio, type DashboardScope } from './scope';

// AI visibility of the workspace's own names ("us" entities) in the range's answers
// (DESIGN.md "Metrics"), with the tracked names as they are now (archived ones left out):
//   mention rate    answers naming any of our names / answers
//   share of voice  mentions of our names / mentions of all tracked names, same answers
//   rank            the best rank of our names in an answer, averaged over answers naming us
//   visibility      the GEO score of our names summed per answer, averaged over ALL answers
//                   (an answer not naming us counts 0, as in the paper)
// Answers belong to the workspace, not to a profile: a profile's view shows the same numbers.
// Each answer carries its totals over our names (answers.us_*, written with its detections
// and re-scans), summed per day and engine into answer_day_totals by triggers on answers.

export interface VisibilityTotals {
  answers: number;
  answersMentioning: number;
  mentionRate: number | null;
  shareOfVoice: number | null;
  avgRank: number | null;
  avgVisibility: number | null;
}

export async function visibilityTotals(db: Db, scope: DashboardScope): Promise<VisibilityTotals> {
  const result = await db.execute(sql`
    select coalesce(sum(t.answers), 0)::int as answers,
      coalesce(sum(t.mentioning), 0)::int as mentioning,
      coalesce(sum(t.us_mentions), 0)::float8 as us_mentions,
      coalesce(sum(t.all_mentions), 0)::float8 as all_mentions,
      sum(t.us_rank_sum)::float8 / nullif(sum(t.mentioning), 0) as avg_rank,
      coalesce(sum(t.us_visibility), 0)::float8 as visibility
    from answer_day_totals t where ${answerDaysInScope(scope)}`);
  const row = rowsOf<Record<string, unknown>>(result)[0] ?? {};
  const answers = num(row.answers);
  return {
    answers,
    answersMentioning: num(row.mentioning),
    mentionRate: ratio(num(row.mentioning), answers),
    shareOfVoice: ratio(num(row.us_mentions), num(row.all_mentions)),
    avgRank: numOrNull(row.avg_rank),
    avgVisibility: ratio(num(row.visibility), answers),
  };
}

export interface VisibilityPoint {
  bucket: string;
  engine: AnswerEngine;
  answers: number;
  mentionRate: number | null;
  shareOfVoice: number | null;
  avgVisibility: number | null;
}

/** Per bucket and engine (only engines with answers in a bucket appear in it). */
export async function visibilitySeries(db: Db, scope: DashboardScope, bucket: Bucket): Promise<{ buckets: string[]; engines: AnswerEngine[]; points: VisibilityPoint[] }> {
  const result = await db.execute(sql`
    select to_char(date_trunc(${bucketSql(bucket)}, t.day), 'YYYY-MM-DD') as bucket, t.engine,
      sum(t.answers)::int as answers,
      sum(t.mentioning)::int as mentioning,
      coalesce(sum(t.us_mentions), 0)::float8 as us_mentions,
      coalesce(sum(t.all_mentions), 0)::float8 as all_mentions,
      coalesce(sum(t.us_visibility), 0)::float8 as visibility
    from answer_day_totals t where ${answerDaysInScope(scope)}
    group by 1, 2 order by 1, 2`);
  const points = rowsOf<Record<string, unknown>>(result).map((r) => ({
    bucket: String(r.bucket),
    engine: r.engine as AnswerEngine,
    answers: num(r.answers),
    mentionRate: ratio(num(r.mentioning), num(r.answers)),
    shareOfVoice: ratio(num(r.us_mentions), num(r.all_mentions)),
    avgVisibility: ratio(num(r.visibility), num(r.answers)),
  }));
  return {
    buckets: bucketStarts(scope.from, scope.to, bucket).map((d) => d.toISOString().slice(0, 10)),
    engines: [...new Set(points.map((p) => p.engine))].sort(),
    points,
  };
}
