import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { rowsOf } from '@/db/results';
import { ANSWER_ENGINES, type AnswerEngine } from '../engines';
import { answersInScope, ratio, type AnswerScope } from './scope';

// Which URLs the engines cite, grouped by URL, and how often they cite our own content
// (answer_citations.ours: an "us" entity's domain or one of the workspace's LinkedIn posts).

export const CITATIONS_LIMIT = 50;

export interface CitedUrl {
  url: string;
  host: string | null;
  timesCited: number;
  answers: number;
  engines: AnswerEngine[];
  ours: boolean;
}

export interface CitationsReport {
  /** Answers in scope: those of the period, or only those naming the entity. */
  answers: number;
  answersCiting: number;
  answersCitingOurs: number;
  /** Share of the answers in scope that cite our content. */
  ourCitationRate: number | null;
  distinctUrls: number;
  /** The most cited, at most CITATIONS_LIMIT. */
  items: CitedUrl[];
}

interface UrlRow {
  url: string;
  host: string | null;
  times_cited: number;
  answers: number;
  engines: string[];
  ours: boolean;
}

interface StatsRow {
  answers: number;
  citing: number;
  citing_ours: number;
  urls: number;
}

export async function citationsReport(db: Db, workspaceId: string, scope: AnswerScope & { namingEntityId?: string }): Promise<CitationsReport> {
  const ws = sql`${workspaceId}::uuid`;
  const scoped = sql`scoped as (
    select a.id, a.engine from answers a
    where ${answersInScope(workspaceId, scope)}
    ${
      scope.namingEntityId
        ? sql`and exists (select 1 from answer_entities ae where ae.workspace_id = ${ws} and ae.answer_id = a.id and ae.entity_id = ${scope.namingEntityId}::uuid)`
        : sql``
    }
  )`;
  const [urlResult, statsResult] = await Promise.all([
    db.execute(sql`
      with ${scoped}
      select c.url, min(c.host) as host, count(*)::int as times_cited, count(distinct c.answer_id)::int as answers,
        array_agg(distinct s.engine::text) as engines, bool_or(c.ours) as ours
      from answer_citations c join scoped s on s.id = c.answer_id
      where c.workspace_id = ${ws}
      group by c.url
      order by times_cited desc, answers desc, c.url
      limit ${CITATIONS_LIMIT}`),
    db.execute(sql`
      with ${scoped}
      select count(*)::int as answers,
        count(*) filter (where exists (select 1 from answer_citations c where c.workspace_id = ${ws} and c.answer_id = s.id))::int as citing,
        count(*) filter (where exists (select 1 from answer_citations c where c.workspace_id = ${ws} and c.answer_id = s.id and c.ours))::int as citing_ours,
        (select count(distinct c.url) from answer_citations c join scoped s2 on s2.id = c.answer_id where c.workspace_id = ${ws})::int as urls
      from scoped s`),
  ]);
  const stats = rowsOf<StatsRow>(statsResult)[0] ?? { answers: 0, citing: 0, citing_ours: 0, urls: 0 };
  return {
    answers: stats.answers,
    answersCiting: stats.citing,
    answersCitingOurs: stats.citing_ours,
    ourCitationRate: ratio(stats.citing_ours, stats.answers),
    distinctUrls: stats.urls,
    items: rowsOf<UrlRow>(urlResult).map((r) => ({
      url: r.url,
      host: r.host,
      timesCited: r.times_cited,
      answers: r.answers,
      engines: ANSWER_ENGINES.filter((e) => r.engines.includes(e)),
      ours: r.ours,
    })),
  };
}
