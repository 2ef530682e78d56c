import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { rowsOf } from '@/db/results';
import type { Entity } from '@/db/schema';
import { answersInScope, ratio, type AnswerScope } from './scope';

// Share of voice of every tracked (not archived) entity of the workspace over the same answers:
// its mentions / the mentions of all of them (DESIGN.md "Metrics"), so the shares add up to 1.
// Sorted loudest first; "us" and competitors summed for the headline.

export interface VoiceItem {
  entityId: string;
  name: string;
  kind: Entity['kind'];
  isUs: boolean;
  mentions: number;
  share: number | null;
  answersMentioning: number;
  mentionRate: number | null;
}

export interface ShareOfVoice {
  answers: number;
  totalMentions: number;
  /** Summed over our own names, and over the competitors'. */
  usShare: number | null;
  competitorShare: number | null;
  items: VoiceItem[];
}

interface Row {
  id: string;
  name: string;
  kind: Entity['kind'];
  is_us: boolean;
  mentions: number;
  mentioning: number;
  total_mentions: number;
  answers: number;
}

export async function shareOfVoice(db: Db, workspaceId: string, scope: AnswerScope): Promise<ShareOfVoice> {
  const ws = sql`${workspaceId}::uuid`;
  const result = await db.execute(sql`
    with scoped as (select a.id from answers a where ${answersInScope(workspaceId, scope)})
    select e.id, e.name, e.kind, e.is_us,
      coalesce(sum(ae.mention_count), 0)::int as mentions,
      count(ae.answer_id)::int as mentioning,
      (sum(coalesce(sum(ae.mention_count), 0)) over ())::int as total_mentions,
      (select count(*) from scoped)::int as answers
    from entities e
    left join answer_entities ae on ae.workspace_id = ${ws} and ae.entity_id = e.id and ae.answer_id in (select id from scoped)
    where e.workspace_id = ${ws} and e.archived_at is null
    group by e.id
    order by mentions desc, mentioning desc, e.name, e.id`);
  const rows = rowsOf<Row>(result);
  // With no entities there is no row to carry the counts: count the answers on their own.
  const answers = rows[0]?.answers ?? (await countAnswers(db, workspaceId, scope));
  const total = rows[0]?.total_mentions ?? 0;
  const sideMentions = (isUs: boolean) => rows.filter((r) => r.is_us === isUs).reduce((sum, r) => sum + r.mentions, 0);
  return {
    answers,
    totalMentions: total,
    usShare: ratio(sideMentions(true), total),
    competitorShare: ratio(sideMentions(false), total),
    items: rows.map((r) => ({
      entityId: r.id,
      name: r.name,
      kind: r.kind,
      isUs: r.is_us,
      mentions: r.mentions,
      share: ratio(r.mentions, total),
      answersMentioning: r.mentioning,
      mentionRate: ratio(r.mentioning, answers),
    })),
  };
}

async function countAnswers(db: Db, workspaceId: string, scope: AnswerScope): Promise<number> {
  const [row] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from answers a where ${answersInScope(workspaceId, scope)}`));
  return row?.n ?? 0;
}
