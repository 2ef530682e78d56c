import Link from 'next/link';
import { MIN_SAMPLE_PER_GROUP } from '@/lib/stats';
import type { Comparison } from '@/lib/opt-in-test';
import { Badge, cell, formatCount, Table } from '@/app/_components/ui';
import { CiBar, formatRatio } from './ci-bar';
import { formatP, formatValue, groupLabels, toneOf, verdictHeadline } from './format';

// One comparison of the opt-in test: the verdict in words first (the colour only repeats
// it), then the numbers it rests on, the interval on a log scale, and what data would help.

const TONE_BADGE = { higher: 'indigo', lower: 'amber', inconclusive: 'neutral' } as const;

export function ComparisonCard({ comparison: c, domain, base, lagDays }: { comparison: Comparison; domain: [number, number]; base: string; lagDays: number }) {
  const e = c.effect;
  const [exposedLabel, controlLabel] = groupLabels(c);
  const tone = toneOf(c);
  const headingId = `comparison-${c.id}`;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-zinc-200 bg-white p-5 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={headingId} className="text-base font-semibold">
          {c.title}
        </h3>
        <Badge tone={TONE_BADGE[tone]}>{verdictHeadline(c)}</Badge>
      </div>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{c.description}</p>
      <p className="mt-3 text-base font-medium">{e.verdict.text}</p>
      <Hints comparison={c} base={base} lagDays={lagDays} />
      <div className="mt-4 grid gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div>
          <Table caption={`${c.title}: the two groups`} head={['Group', { label: 'n', numeric: true }, { label: c.id === 'mention_rate' ? 'Rate' : 'Mean', numeric: true }]}>
            <tr>
              <td className={cell}>{exposedLabel}</td>
              <td className={`${cell} text-right tabular-nums`}>{formatCount(e.exposed.n)}</td>
              <td className={`${cell} text-right tabular-nums`}>{formatValue(c.id, e.exposed.value)}</td>
            </tr>
            <tr>
              <td className={cell}>{controlLabel}</td>
              <td className={`${cell} text-right tabular-nums`}>{formatCount(e.control.n)}</td>
              <td className={`${cell} text-right tabular-nums`}>{formatValue(c.id, e.control.value)}</td>
            </tr>
          </Table>
          <p className="mt-1 text-xs text-zinc-500">Unit: {c.unit}.</p>
        </div>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-zinc-500">Ratio (95% CI)</dt>
          <dd className="tabular-nums">
            {formatRatio(e.ratio)} {e.low !== null && e.high !== null ? `(${formatRatio(e.low)} – ${formatRatio(e.high)})` : '(no interval)'}
          </dd>
          <dt className="text-zinc-500">Test</dt>
          <dd>
            {e.test.name}, p {e.test.p === null ? '—' : e.test.p < 0.001 ? formatP(e.test.p) : `= ${formatP(e.test.p)}`}
          </dd>
          <dt className="text-zinc-500">Smallest detectable</dt>
          <dd className="tabular-nums">{e.minimumDetectableRatio === null ? 'cannot be estimated' : `${formatRatio(e.minimumDetectableRatio)} (80% power, α = 0.05)`}</dd>
          <dt className="sr-only">Interval on a log scale</dt>
          <dd className="col-span-2 mt-2">
            <CiBar ratio={e.ratio} low={e.low} high={e.high} domain={domain} tone={tone} />
          </dd>
        </dl>
      </div>
    </section>
  );
}

const link = 'text-indigo-600 underline underline-offset-2 dark:text-indigo-400';

/** What to add when a side has too little data: the verdict says "not conclusive", this says how to fix it. */
function Hints({ comparison: c, base, lagDays }: { comparison: Comparison; base: string; lagDays: number }) {
  const e = c.effect;
  const few = (n: number) => n < MIN_SAMPLE_PER_GROUP;
  if (!few(e.exposed.n) && !few(e.control.n) && !(c.id === 'mention_rate' && e.exposed.value === 0 && e.control.value === 0)) return null;
  const answers = c.id === 'mention_rate' || c.id === 'share_of_voice';
  let hint;
  if (c.id === 'mention_rate' && !few(e.exposed.n) && !few(e.control.n)) {
    hint = (
      <>
        No answer names you. Check that your own names are listed under <Link className={link} href={`${base}/entities`}>Names</Link> and marked as yours.
      </>
    );
  } else if (answers) {
    hint = (
      <>
        Record more AI answers (<Link className={link} href={`${base}/answers/new`}>by hand</Link>, by import, or from a{' '}
        <Link className={link} href={`${base}/prompts`}>tracked prompt</Link> asked on a schedule), covering dates {lagDays} days after both exposed and unexposed periods.
        {c.id === 'share_of_voice' && ' Share of voice counts only answers that name one of your tracked names.'}
      </>
    );
  } else if (c.id === 'team_reach') {
    hint = <>This comparison needs posts of opted-in and of opted-out profiles in the same weeks: add the other profiles’ posts and follower counts, or widen the range.</>;
  } else {
    hint = (
      <>
        {few(e.exposed.n) ? 'Too few posts under exposure. ' : 'Too few posts without exposure. '}
        Widen the range, <Link className={link} href={`${base}/imports`}>import</Link> more posts with their impressions, record on the{' '}
        <Link className={link} href={`${base}/profiles`}>profile page</Link> when the setting was turned on or off
        {c.id === 'reach' ? ', and add follower counts (reach is per 1,000 followers)' : ''}.
      </>
    );
  }
  return <p className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">{hint}</p>;
}
