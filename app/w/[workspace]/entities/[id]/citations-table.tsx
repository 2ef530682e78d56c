import Link from 'next/link';
import type { CitationsReport } from '@/lib/answers/analytics';
import { ANSWER_ENGINE_LABELS } from '@/lib/answers/engines';
import { safeHttpUrl } from '@/app/_components/external-link';
import { Badge, cell, formatCount, formatRate, Table } from '@/app/_components/ui';

// The URLs the engines cited. The addresses come from AI answers: only http(s) becomes a
// link, and never one that passes our reputation on (nofollow) or our page (noreferrer).

function CitedLink({ url }: { url: string }) {
  const safe = safeHttpUrl(url);
  if (!safe) return <span className="break-all">{url}</span>;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer nofollow" className="break-all text-indigo-600 underline-offset-2 hover:underline dark:text-indigo-400">
      {url}
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}

export function CitationsTable({ report, entityName, cited, switchHref }: { report: CitationsReport; entityName: string; cited: 'entity' | 'all'; switchHref: string }) {
  const scope = cited === 'entity' ? `answers naming ${entityName}` : 'all answers of the period';
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
        <p>
          <strong className="tabular-nums">{formatRate(report.ourCitationRate)}</strong> of the {formatCount(report.answers)} {scope} cite our content (
          {formatCount(report.answersCitingOurs)} {report.answersCitingOurs === 1 ? 'answer' : 'answers'}); {formatCount(report.answersCiting)} cite any source.
        </p>
        <Link href={switchHref} className="text-indigo-600 hover:underline dark:text-indigo-400">
          {cited === 'entity' ? 'Show citations of all answers' : `Only answers naming ${entityName}`}
        </Link>
      </div>
      {report.items.length === 0 ? (
        <p className="text-sm italic text-zinc-500">No citations in the {scope}.</p>
      ) : (
        <>
          <Table
            caption={`URLs cited in the ${scope}`}
            head={['URL', 'Host', { label: 'Times cited', numeric: true }, { label: 'Answers', numeric: true }, 'Engines', '']}
          >
            {report.items.map((c) => (
              <tr key={c.url}>
                <td className={`${cell} max-w-md`}>
                  <CitedLink url={c.url} />
                </td>
                <td className={`${cell} whitespace-nowrap`}>{c.host ?? '—'}</td>
                <td className={`${cell} text-right tabular-nums`}>{formatCount(c.timesCited)}</td>
                <td className={`${cell} text-right tabular-nums`}>{formatCount(c.answers)}</td>
                <td className={cell}>{c.engines.map((e) => ANSWER_ENGINE_LABELS[e]).join(', ')}</td>
                <td className={cell}>{c.ours && <Badge tone="green">ours</Badge>}</td>
              </tr>
            ))}
          </Table>
          {report.distinctUrls > report.items.length && (
            <p className="text-xs text-zinc-500">
              The {formatCount(report.items.length)} most cited of {formatCount(report.distinctUrls)} URLs.
            </p>
          )}
        </>
      )}
    </div>
  );
}
