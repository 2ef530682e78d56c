import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { rowsOf } from '@/db/results';
import { ANSWER_ENGINES, type AnswerEngine } from '../engines';
import { answersInScope, numberOrNull, ratio, timestamptz, type AnswerScope } from './scope';

// The entity over time: per UTC week (Monday to Monday, date_trunc('week')) and engine, its
// mention rate, average rank and average visibility, defined as in entity-metrics.ts
// (visibility averaged over every answer of the week, rank over the answers naming it).
// Every week of the period is listed, so a chart's time axis has no silent gaps; a week
// without answers of an engine has no entry for it (no rate, rather than a made-up 0).

export interface WeekEngineMetrics {
  answers: number;
  answersMentioning: number;
  /** 0 in a week with answers that never name the entity. */
  mentionRate: number | null;
  /** null in a week where no answer names it. */
  avgRank: number | null;
  avgVisibility: number | null;
}

export interface WeekPoint {
  /** The week's Monday, a UTC day ("2025-03-03"). */
  week: string;
  engines: Partial<Record<AnswerEngine, WeekEngineMetrics>>;
}

export interface WeeklySeries {
  /** The engines with answers in the period, in engine order: one line each. */
  engines: AnswerEngine[];
  weeks: WeekPoint[];
}

interface Row {
  week: string;
  engine: AnswerEngine | null;
  answers: number | null;
  mentioning: number | null;
  avg_rank: unknown;
  avg_visibility: unknown;
}

export async function entityWeekly(db: Db, workspaceId: string, entityId: string, scope: AnswerScope): Promise<WeeklySeries> {
  const { from, to } = scope.period;
  const result = await db.execute(sql`
    with weeks as (
      select generate_series(
        date_trunc('week', ${timestamptz(from)} at time zone 'UTC'),
        (${timestamptz(to)} at time zone 'UTC') - interval '1 microsecond',
        interval '1 week') as week
    ),
    counted as (
      select date_trunc('week', a.asked_at at time zone 'UTC') as week, a.engine,
        count(*)::int as answers,
        count(ae.answer_id)::int as mentioning,
        avg(ae.rank)::float8 as avg_rank,
        avg(coalesce(ae.visibility, 0))::float8 as avg_visibility
      from answers a
      left join answer_entities ae on ae.workspace_id = a.workspace_id and ae.answer_id = a.id and ae.entity_id = ${entityId}::uuid
      where ${answersInScope(workspaceId, scope)}
      group by 1, 2
    )
    select to_char(w.week, 'YYYY-MM-DD') as week, c.engine, c.answers, c.mentioning, c.avg_rank, c.avg_visibility
    from weeks w left join counted c on c.week = w.week
    order by w.week, c.engine`);

  const weeks: WeekPoint[] = [];
  const seen = new Set<AnswerEngine>();
  for (const row of rowsOf<Row>(result)) {
    let point = weeks[weeks.length - 1];
    if (point?.week !== row.week) weeks.push((point = { week: row.week, engines: {} }));
    if (row.engine === null) continue;
    seen.add(row.engine);
    const answers = row.answers ?? 0;
    const mentioning = row.mentioning ?? 0;
    point.engines[row.engine] = {
      answers,
      answersMentioning: mentioning,
      mentionRate: ratio(mentioning, answers),
      avgRank: numberOrNull(row.avg_rank),
      avgVisibility: numberOrNull(row.avg_visibility),
    };
  }
  return { engines: ANSWER_ENGINES.filter((e) => seen.has(e)), weeks };
}
