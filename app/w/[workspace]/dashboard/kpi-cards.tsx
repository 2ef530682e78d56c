import type { Kpis } from '@/lib/dashboard';
import { formatCount, formatRate } from '@/app/_components/ui';
import { kpiChange, type ChangeKind } from './kpi-change';

// The headline numbers of the range against the period before it (DESIGN.md "Metrics"). Each
// card: the value, the previous value, the change with an arrow, and one sentence that says
// all of it for screen readers. Whether up is good depends on the metric (a lower rank and
// less privacy exposure are better), which only colours the change.

interface KpiSpec {
  label: string;
  value: (k: Kpis) => number | null;
  format: (v: number | null) => string;
  kind: ChangeKind;
  better: 'up' | 'down';
  detail: (k: Kpis) => string;
}

const plural = (n: number, word: string) => `${formatCount(n)} ${n === 1 ? word : `${word}s`}`;
const rank = (v: number | null) => (v === null ? '—' : v.toFixed(2));
const score = (v: number | null) => (v === null ? '—' : v.toLocaleString('en-US', { maximumFractionDigits: 1 }));

const SPECS: KpiSpec[] = [
  { label: 'Impressions', value: (k) => k.reach.impressions, format: formatCount, kind: 'relative', better: 'up', detail: (k) => `of ${plural(k.reach.posts, 'post')} published in the range` },
  { label: 'Members reached', value: (k) => k.reach.membersReached, format: formatCount, kind: 'relative', better: 'up', detail: () => 'unique members, summed per post' },
  { label: 'Engagement rate', value: (k) => k.reach.engagementRate, format: formatRate, kind: 'points', better: 'up', detail: () => 'reactions, comments, reposts and clicks / impressions' },
  { label: 'Followers gained', value: (k) => k.reach.followersGained, format: formatCount, kind: 'relative', better: 'up', detail: (k) => (k.reach.followersGained === null ? 'no follower counts in the range' : 'net, unfollows counted') },
  { label: 'Posts', value: (k) => k.reach.posts, format: formatCount, kind: 'relative', better: 'up', detail: (k) => `${formatCount(k.reach.exposedPosts)} ever under training exposure` },
  { label: 'AI mention rate', value: (k) => k.visibility.mentionRate, format: formatRate, kind: 'points', better: 'up', detail: (k) => `${formatCount(k.visibility.answersMentioning)} of ${plural(k.visibility.answers, 'answer')} name us` },
  { label: 'Share of voice', value: (k) => k.visibility.shareOfVoice, format: formatRate, kind: 'points', better: 'up', detail: () => 'our mentions / mentions of all tracked names' },
  { label: 'Average rank', value: (k) => k.visibility.avgRank, format: rank, kind: 'difference', better: 'down', detail: () => '1 = named first; over the answers naming us' },
  { label: 'Privacy exposure', value: (k) => k.reach.privacyExposure, format: score, kind: 'relative', better: 'down', detail: (k) => `privacy scores summed over ${plural(k.reach.exposedPosts, 'post')} under training exposure` },
];

const ARROW = { up: '▲', down: '▼', flat: '■' } as const;

export function KpiCards({ kpis, previousLabel }: { kpis: { current: Kpis; previous: Kpis | null }; previousLabel: string | null }) {
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
      {SPECS.map((spec) => {
        const current = spec.value(kpis.current);
        const previous = kpis.previous ? spec.value(kpis.previous) : null;
        const change = kpis.previous ? kpiChange(current, previous, spec.kind) : null;
        const tone =
          !change || change.direction === 'flat'
            ? 'text-zinc-600 dark:text-zinc-400'
            : change.direction === spec.better
              ? 'text-green-700 dark:text-green-400'
              : 'text-red-700 dark:text-red-400';
        const sentence =
          `${spec.label}: ${spec.format(current)}` +
          (!kpis.previous
            ? '.'
            : change
              ? `, ${change.words} from ${spec.format(previous)} in ${previousLabel}.`
              : `; ${spec.format(previous)} in ${previousLabel}, no change to compare.`);
        return (
          <div key={spec.label} className="rounded-lg border border-zinc-200 bg-white p-4 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
            <dt className="text-xs font-medium text-zinc-500">{spec.label}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums">
              <span aria-hidden>{spec.format(current)}</span>
              <span className="sr-only">{sentence}</span>
            </dd>
            {kpis.previous && (
              <dd aria-hidden className="mt-1 flex flex-wrap items-baseline gap-x-2 text-xs">
                <span className={`font-medium tabular-nums ${tone}`}>{change ? `${change.direction === 'flat' ? '' : ARROW[change.direction]} ${change.text}`.trim() : '—'}</span>
                <span className="text-zinc-500">
                  was <span className="tabular-nums">{spec.format(previous)}</span>
                </span>
              </dd>
            )}
            <dd className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">{spec.detail(kpis.current)}</dd>
          </div>
        );
      })}
    </dl>
  );
}
