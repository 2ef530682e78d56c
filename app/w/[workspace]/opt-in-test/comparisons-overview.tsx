import type { Comparison } from '@/lib/opt-in-test';
import { ChartFrame } from '@/app/_components/charts/chart-frame';
import { CiBar, formatRatio } from './ci-bar';
import { comparisonsData, toneOf, verdictHeadline } from './format';

// Every comparison on one log axis (a forest plot), with the full table and its CSV behind
// "Show as table": the numbers of the cards below in one place.

export function ComparisonsOverview({ comparisons, domain, filename }: { comparisons: Comparison[]; domain: [number, number]; filename: string }) {
  const summary =
    'Each comparison’s ratio (under exposure / without) with its 95% interval, on a log scale where the dashed line is 1×, no effect. ' +
    comparisons
      .map((c) => {
        const e = c.effect;
        const interval = e.low !== null && e.high !== null ? ` (95% CI ${formatRatio(e.low)}–${formatRatio(e.high)})` : '';
        return `${c.title}: ${e.ratio === null ? 'no ratio' : `${formatRatio(e.ratio)}${interval}`}, ${verdictHeadline(c).toLowerCase()}`;
      })
      .join('; ') +
    '.';
  return (
    <ChartFrame
      title="All comparisons: ratio with 95% interval (log scale)"
      summary={summary}
      data={comparisonsData(comparisons, filename)}
      legend={[
        { label: 'conclusive, higher with exposure', swatch: 'bg-indigo-600' },
        { label: 'conclusive, lower with exposure', swatch: 'bg-amber-600' },
        { label: 'not conclusive', swatch: 'bg-zinc-500' },
        { label: '1× = no effect (dashed)', swatch: 'border-l-2 border-dashed border-zinc-900 dark:border-zinc-100 rounded-none w-0' },
      ]}
    >
      <div className="grid grid-cols-[minmax(8rem,14rem)_minmax(0,1fr)] items-center gap-x-4 gap-y-1 text-sm">
        {comparisons.map((c, i) => (
          <div key={c.id} className="contents">
            <span>{c.title}</span>
            <CiBar ratio={c.effect.ratio} low={c.effect.low} high={c.effect.high} domain={domain} tone={toneOf(c)} axis={i === comparisons.length - 1} />
          </div>
        ))}
      </div>
    </ChartFrame>
  );
}
