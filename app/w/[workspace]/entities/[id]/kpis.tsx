import type { ReactNode } from 'react';
import type { EntityMetrics } from '@/lib/answers/analytics';
import { formatCount, formatRate } from '@/app/_components/ui';
import { formatRank, formatSentiment, sentimentWord } from './format';

// The headline numbers, each with what it counts in words (DESIGN.md "Metrics").

function Kpi({ label, value, detail }: { label: string; value: string; detail: ReactNode }) {
  return (
    <div className="rounded-md bg-zinc-50 px-3 py-2 dark:bg-zinc-950">
      <dt className="text-xs text-zinc-500">{label}</dt>
      <dd className="text-lg font-semibold tabular-nums">{value}</dd>
      <dd className="mt-0.5 text-xs text-zinc-600 dark:text-zinc-400">{detail}</dd>
    </div>
  );
}

export function EntityKpis({ metrics }: { metrics: EntityMetrics }) {
  const m = metrics;
  const answers = (n: number) => `${formatCount(n)} ${n === 1 ? 'answer' : 'answers'}`;
  return (
    <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-6">
      <Kpi label="Mention rate" value={formatRate(m.mentionRate)} detail={`${formatCount(m.answersMentioning)} of ${answers(m.answers)}`} />
      <Kpi
        label="Share of voice"
        value={formatRate(m.shareOfVoice)}
        detail={`${formatCount(m.mentions)} of ${formatCount(m.allMentions)} mentions of tracked names in these answers`}
      />
      <Kpi label="Average rank" value={formatRank(m.avgRank)} detail={m.answersMentioning ? `1 = named first; over the ${answers(m.answersMentioning)} naming it` : 'not named in any answer'} />
      <Kpi
        label="Average visibility"
        value={formatRate(m.avgVisibility)}
        detail={`GEO score over all ${answers(m.answers)}: an answer that does not name it counts 0`}
      />
      <Kpi label="Word share" value={formatRate(m.avgWordShare)} detail="words of the sentences naming it, no position weight; 0 where not named" />
      <Kpi label="Sentiment" value={formatSentiment(m.avgSentiment)} detail={`from −1 to +1: ${sentimentWord(m.avgSentiment)}`} />
    </dl>
  );
}
