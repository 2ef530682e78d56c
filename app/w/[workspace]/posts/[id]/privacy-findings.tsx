import type { PrivacyFindingRow } from '@/db/schema';
import { highlightSegments } from '@/lib/answers/highlight';
import { PRIVACY_LABELS, type PrivacyKind } from '@/lib/privacy';
import { cell, Table } from '@/app/_components/ui';

// The post's text with what the privacy scanner found marked, and the findings with their
// weights (lib/privacy/weights.ts). Rendered as text: a post can hold anything.

const label = (kind: string) => PRIVACY_LABELS[kind as PrivacyKind] ?? kind;

export function PrivacyText({ text, findings }: { text: string; findings: readonly PrivacyFindingRow[] }) {
  return (
    <p className="whitespace-pre-wrap break-words text-sm leading-relaxed">
      {highlightSegments(text, findings).map((segment, i) =>
        segment.mention ? (
          <mark key={i} className="rounded-sm bg-rose-100 px-0.5 text-rose-950 underline decoration-rose-500 decoration-dotted dark:bg-rose-900/60 dark:text-rose-50" title={`${label(segment.mention.kind)} (weight ${segment.mention.weight})`}>
            {segment.text}
          </mark>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </p>
  );
}

export function PrivacyFindings({ text, findings, score, everExposed }: { text: string; findings: readonly PrivacyFindingRow[]; score: number; everExposed: boolean }) {
  if (findings.length === 0) {
    return <p className="text-sm text-zinc-600 dark:text-zinc-400">Nothing personal or confidential found in the text (score 0).</p>;
  }
  return (
    <div className="space-y-3 text-sm">
      <p>
        Privacy score <strong className="tabular-nums">{score.toLocaleString('en-US', { maximumFractionDigits: 1 })}</strong>:{' '}
        {everExposed
          ? 'counted in the dashboard’s privacy exposure, since this post was under effective training exposure.'
          : 'not counted in the privacy exposure: this post was never under effective training exposure.'}
      </p>
      <Table caption="What the privacy scanner found" head={['Kind', 'Text', { label: 'Weight', numeric: true }]}>
        {findings.map((f) => (
          <tr key={`${f.start}-${f.end}`}>
            <td className={`${cell} whitespace-nowrap`}>{label(f.kind)}</td>
            <td className={`${cell} break-all`}>{text.slice(f.start, f.end)}</td>
            <td className={`${cell} text-right tabular-nums`}>{f.weight}</td>
          </tr>
        ))}
      </Table>
      <p className="text-xs text-zinc-500">Found by patterns (checksums for cards and IBANs, context words for names, addresses and places): a hint to review, not a verdict.</p>
    </div>
  );
}
