import { safeHttpUrl } from '@/app/_components/external-link';
import { Badge } from '@/app/_components/ui';
import type { AnswerDetails } from '@/lib/answers/list';

// The answer's cited links. They come from the engine, not from us: shown as text, linked
// only when http(s), and `nofollow` so our pages lend them no weight.

type Citation = Pick<AnswerDetails['citationDetails'][number], 'url' | 'host' | 'ours'>;

export function CitationList({ citations }: { citations: Citation[] }) {
  return (
    <ol className="list-decimal space-y-1.5 pl-5 text-sm marker:text-zinc-400">
      {citations.map((c, i) => {
        const href = safeHttpUrl(c.url);
        return (
          <li key={i} className="break-all">
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer nofollow" className="text-indigo-600 underline-offset-2 hover:underline dark:text-indigo-400">
                {c.url}
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
            ) : (
              <span>{c.url}</span>
            )}
            {c.ours && (
              <span className="ml-2">
                <Badge tone="green">ours</Badge>
              </span>
            )}
            {!href && <span className="ml-2 text-xs text-zinc-500 dark:text-zinc-400">(not a web link: shown as text)</span>}
          </li>
        );
      })}
    </ol>
  );
}
