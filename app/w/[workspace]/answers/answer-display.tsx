import Link from 'next/link';
import type { AnswerDetails } from '@/lib/answers/list';
import { ANSWER_ENGINE_LABELS } from '@/lib/answers/engines';
import type { Segment } from '@/lib/answers/highlight';
import type { Answer } from '@/db/schema';

// Pieces the answers list and the answer page share. Answer text is untrusted: it is only
// ever rendered as React text children (escaped), never as HTML or Markdown, so `<script>`
// or `[x](javascript:…)` in an answer shows as those characters and does nothing.

type Mention = AnswerDetails['mentions'][number];
type NamedEntity = AnswerDetails['entities'][number];
export type EntityNames = ReadonlyMap<string, Pick<NamedEntity, 'name' | 'isUs'>>;

export const entityNames = (answer: Pick<AnswerDetails, 'entities'>): EntityNames => new Map(answer.entities.map((e) => [e.entityId, e]));

export const engineLabel = (a: Pick<Answer, 'engine' | 'model'>) => `${ANSWER_ENGINE_LABELS[a.engine]}${a.model ? ` · ${a.model}` : ''}`;

export const SOURCE_LABELS: Record<Answer['source'], string> = {
  manual: 'recorded by hand',
  api: 'sent through the API',
  import: 'imported',
  probe: 'asked by a probe',
};

/** Whitespace flattened and cut at `max` characters, for one-line previews. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

const SIDE_CLASS = {
  us: 'rounded-sm bg-indigo-100 text-indigo-950 dark:bg-indigo-900/70 dark:text-indigo-50',
  competitor: 'rounded-sm bg-amber-100 text-amber-950 underline decoration-amber-500 decoration-dotted underline-offset-2 dark:bg-amber-900/60 dark:text-amber-50',
} as const;

/** The answer's pieces as text, each mention a <mark> coloured by whose name it is. */
export function HighlightedText({ segments, names }: { segments: Segment<Mention>[]; names: EntityNames }) {
  return segments.map((segment, i) => {
    if (!segment.mention) return segment.text;
    const entity = names.get(segment.mention.entityId);
    const side = entity?.isUs === false ? 'competitor' : 'us';
    const name = entity?.name ?? 'A name no longer tracked';
    return (
      <mark key={i} className={SIDE_CLASS[side]} data-side={side} title={`${name} (${side === 'us' ? 'us' : 'competitor'}), matched “${segment.mention.alias}”`}>
        {segment.text}
      </mark>
    );
  });
}

export function HighlightLegend() {
  return (
    <p className="flex flex-wrap gap-3 text-xs text-zinc-600 dark:text-zinc-400">
      <span>
        <mark className={`${SIDE_CLASS.us} px-1`}>Us</mark> your names
      </span>
      <span>
        <mark className={`${SIDE_CLASS.competitor} px-1`}>Competitor</mark> others’ names
      </span>
      <span>Hover a name to see which one it is and the alias matched.</span>
    </p>
  );
}

/** An entity named in an answer, with its rank; links to the entity's page. */
export function EntityChip({ base, entity }: { base: string; entity: NamedEntity }) {
  const tone = entity.isUs
    ? 'bg-indigo-100 text-indigo-800 hover:bg-indigo-200 dark:bg-indigo-950 dark:text-indigo-300'
    : 'bg-amber-100 text-amber-900 hover:bg-amber-200 dark:bg-amber-950 dark:text-amber-300';
  return (
    <Link href={`${base}/entities/${entity.entityId}`} className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ${tone}`}>
      <span className="tabular-nums" aria-hidden>
        #{entity.rank}
      </span>
      <span className="sr-only">Rank {entity.rank}: </span>
      {entity.name}
      <span className="sr-only">{entity.isUs ? ' (us)' : ' (competitor)'}</span>
    </Link>
  );
}
