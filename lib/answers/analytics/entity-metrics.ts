import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { rowsOf } from '@/db/results';
import type { AnswerEngine } from '../engines';
import { answersInScope, numberOrNull, ratio, type AnswerScope } from './scope';

// One entity's AI-visibility metrics over a scope of answers (DESIGN.md "Metrics"):
//   mention rate    answers naming it / answers
//   share of voice  its mentions / mentions of every tracked entity, over the same answers
//                   (answer_entities.mention_count; archived entities no longer count, except
//                   the entity itself, so the share never exceeds 1)
//   rank            order of first appearance (1 = first), averaged over the answers naming it
//   visibility      the GEO score (Aggarwal et al. 2023), averaged over ALL answers of the
//                   scope: an answer that does not name the entity scores 0, as the paper's
//                   impression metric is taken over every response. Word share likewise.
//   sentiment       averaged over the answers naming it
//   own citations   answers citing one of the entity's domains (answer_citations.entity_ids),
//                   whether or not the text names it

export interface EntityMetrics {
  answers: number;
  answersMentioning: number;
  mentionRate: number | null;
  mentions: number;
  /** Mentions of all tracked entities in the same answers: share of voice's denominator. */
  allMentions: number;
  shareOfVoice: number | null;
  avgRank: number | null;
  avgVisibility: number | null;
  avgWordShare: number | null;
  avgSentiment: number | null;
  ownCitationAnswers: number;
}

export type EngineMetrics = EntityMetrics & { engine: AnswerEngine };

interface Row {
  engine: AnswerEngine | null;
  answers: number;
  mentioning: number;
  mentions: number;
  all_mentions: number;
  avg_rank: unknown;
  avg_visibility: unknown;
  avg_word_share: unknown;
  avg_sentiment: unknown;
  own_citation_answers: number;
}

async function metricsQuery(db: Db, workspaceId: string, entityId: string, scope: AnswerScope, byEngine: boolean): Promise<Row[]> {
  const ws = sql`${workspaceId}::uuid`;
  const entity = sql`${entityId}::uuid`;
  const result = await db.execute(sql`
    with scoped as (
      select a.id, a.engine from answers a where ${answersInScope(workspaceId, scope)}
    ),
    voice as (
      select ae.answer_id, sum(ae.mention_count) as mentions
      from answer_entities ae
      join entities e on e.id = ae.entity_id and e.workspace_id = ${ws}
      where ae.workspace_id = ${ws} and ae.answer_id in (select id from scoped)
        and (e.archived_at is null or e.id = ${entity})
      group by ae.answer_id
    )
    select ${byEngine ? sql`s.engine` : sql`null`} as engine,
      count(*)::int as answers,
      count(ae.answer_id)::int as mentioning,
      coalesce(sum(ae.mention_count), 0)::int as mentions,
      coalesce(sum(v.mentions), 0)::int as all_mentions,
      avg(ae.rank)::float8 as avg_rank,
      avg(coalesce(ae.visibility, 0))::float8 as avg_visibility,
      avg(coalesce(ae.word_share, 0))::float8 as avg_word_share,
      avg(ae.sentiment)::float8 as avg_sentiment,
      count(*) filter (where exists (
        select 1 from answer_citations c
        where c.workspace_id = ${ws} and c.answer_id = s.id and c.entity_ids @> jsonb_build_array(${entityId}::text)
      ))::int as own_citation_answers
    from scoped s
    left join answer_entities ae on ae.workspace_id = ${ws} and ae.answer_id = s.id and ae.entity_id = ${entity}
    left join voice v on v.answer_id = s.id
    ${byEngine ? sql`group by s.engine order by s.engine` : sql``}`);
  return rowsOf<Row>(result);
}

function toMetrics(row: Row): EntityMetrics {
  return {
    answers: row.answers,
    answersMentioning: row.mentioning,
    mentionRate: ratio(row.mentioning, row.answers),
    mentions: row.mentions,
    allMentions: row.all_mentions,
    shareOfVoice: ratio(row.mentions, row.all_mentions),
    avgRank: numberOrNull(row.avg_rank),
    avgVisibility: numberOrNull(row.avg_visibility),
    avgWordShare: numberOrNull(row.avg_word_share),
    avgSentiment: numberOrNull(row.avg_sentiment),
    ownCitationAnswers: row.own_citation_answers,
  };
}

/** The entity's totals over the scope's answers. */
export async function entitySummary(db: Db, workspaceId: string, entityId: string, scope: AnswerScope): Promise<EntityMetrics> {
  const [row] = await metricsQuery(db, workspaceId, entityId, scope, false);
  return toMetrics(row!); // an aggregate without group by always has its one row
}

/** The same metrics per engine, for the engines that answered in the scope (in engine order). */
export async function entityByEngine(db: Db, workspaceId: string, entityId: string, scope: AnswerScope): Promise<EngineMetrics[]> {
  const rows = await metricsQuery(db, workspaceId, entityId, scope, true);
  return rows.map((row) => ({ engine: row.engine!, ...toMetrics(row) }));
}
