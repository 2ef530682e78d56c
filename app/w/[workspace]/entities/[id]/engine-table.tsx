import type { EngineMetrics } from '@/lib/answers/analytics';
import { ANSWER_ENGINE_LABELS } from '@/lib/answers/engines';
import { cell, formatCount, formatRate, Table } from '@/app/_components/ui';
import { formatRank, formatSentiment } from './format';

/** The headline metrics per engine: the engines that answered in the period. */
export function EngineTable({ rows }: { rows: EngineMetrics[] }) {
  const numeric = (label: string) => ({ label, numeric: true });
  return (
    <Table
      caption="Metrics per engine"
      head={['Engine', numeric('Answers'), numeric('Mention rate'), numeric('Share of voice'), numeric('Avg rank'), numeric('Visibility'), numeric('Word share'), numeric('Sentiment'), numeric('Citing its site')]}
    >
      {rows.map((r) => (
        <tr key={r.engine}>
          <td className={`${cell} font-medium`}>{ANSWER_ENGINE_LABELS[r.engine]}</td>
          <td className={`${cell} text-right tabular-nums`}>{formatCount(r.answers)}</td>
          <td className={`${cell} text-right tabular-nums`}>
            {formatRate(r.mentionRate)} <span className="text-xs text-zinc-500">({formatCount(r.answersMentioning)} of {formatCount(r.answers)})</span>
          </td>
          <td className={`${cell} text-right tabular-nums`}>{formatRate(r.shareOfVoice)}</td>
          <td className={`${cell} text-right tabular-nums`}>{formatRank(r.avgRank)}</td>
          <td className={`${cell} text-right tabular-nums`}>{formatRate(r.avgVisibility)}</td>
          <td className={`${cell} text-right tabular-nums`}>{formatRate(r.avgWordShare)}</td>
          <td className={`${cell} text-right tabular-nums`}>{formatSentiment(r.avgSentiment)}</td>
          <td className={`${cell} text-right tabular-nums`}>{formatCount(r.ownCitationAnswers)}</td>
        </tr>
      ))}
    </Table>
  );
}
