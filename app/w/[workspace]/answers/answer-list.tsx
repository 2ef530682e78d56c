import Link from 'next/link';
import type { AnswerDetails } from '@/lib/answers/list';
import { answerExcerpt } from '@/lib/answers/highlight';
import { formatDateTime } from '@/app/_components/ui';
import { EntityChip, engineLabel, entityNames, HighlightedText, SOURCE_LABELS, truncate } from './answer-display';

/** The answers of one page, newest first: what was asked, an excerpt around the first mention, who was named. */
export function AnswerList({ base, items }: { base: string; items: AnswerDetails[] }) {
  return (
    <ol className="divide-y divide-zinc-100 dark:divide-zinc-800" aria-label="Answers">
      {items.map((a) => {
        const excerpt = answerExcerpt(a.answer, a.mentions, 320);
        const href = `${base}/answers/${a.id}`;
        return (
          <li key={a.id} className="py-4 first:pt-0 last:pb-0">
            <article className="space-y-2" aria-labelledby={`answer-${a.id}`}>
              <p className="flex flex-wrap gap-x-2 text-xs text-zinc-500 dark:text-zinc-400">
                <span className="font-medium text-zinc-700 dark:text-zinc-300">{engineLabel(a)}</span>
                <span aria-hidden>·</span>
                <time dateTime={a.askedAt.toISOString()}>{formatDateTime(a.askedAt)}</time>
                <span aria-hidden>·</span>
                <span>{SOURCE_LABELS[a.source]}</span>
              </p>
              <h2 id={`answer-${a.id}`} className="text-sm font-semibold">
                <Link href={href} className="text-indigo-600 hover:underline dark:text-indigo-400">
                  {truncate(a.prompt, 160) || '(no question recorded)'}
                </Link>
              </h2>
              <p className="break-words text-sm leading-relaxed text-zinc-700 dark:text-zinc-300">
                {excerpt.cutBefore && '… '}
                <HighlightedText segments={excerpt.segments} names={entityNames(a)} />
                {excerpt.cutAfter && ' …'}
              </p>
              <div className="flex flex-wrap items-center gap-1.5">
                {a.entities.length === 0 ? (
                  <span className="text-xs text-zinc-500 dark:text-zinc-400">No tracked names in this answer.</span>
                ) : (
                  a.entities.map((e) => <EntityChip key={e.entityId} base={base} entity={e} />)
                )}
                <Link href={href} className="ml-auto text-xs font-medium text-indigo-600 hover:underline dark:text-indigo-400">
                  Full answer<span className="sr-only">: {truncate(a.prompt, 60)}</span> →
                </Link>
              </div>
            </article>
          </li>
        );
      })}
    </ol>
  );
}
