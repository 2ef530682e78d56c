import Link from 'next/link';
import type { AnswerDetails } from '@/lib/answers/list';
import { Badge, cell, formatRate, Table } from '@/app/_components/ui';

/** A sentiment score in [-1, 1] with its sign in words (the score alone reads as a percentage). */
function sentimentLabel(score: number) {
  const word = score > 0.05 ? 'positive' : score < -0.05 ? 'negative' : 'neutral';
  return `${score > 0 ? '+' : ''}${score.toFixed(2)} ${word}`;
}

const numeric = `${cell} text-right tabular-nums`;

export function EntityTable({ base, entities }: { base: string; entities: AnswerDetails['entities'] }) {
  return (
    <Table
      caption="Names in this answer"
      head={[
        { label: 'Rank', numeric: true },
        'Name',
        { label: 'Visibility', numeric: true },
        { label: 'Word share', numeric: true },
        'Sentiment',
        { label: 'Mentions', numeric: true },
        'Own citation',
      ]}
    >
      {entities.map((e) => (
        <tr key={e.entityId}>
          <td className={numeric}>{e.rank}</td>
          <td className={cell}>
            <Link href={`${base}/entities/${e.entityId}`} className="font-medium text-indigo-600 hover:underline dark:text-indigo-400">
              {e.name}
            </Link>{' '}
            {e.isUs ? <Badge tone="indigo">us</Badge> : <Badge tone="amber">competitor</Badge>}
          </td>
          <td className={numeric}>{formatRate(e.visibility)}</td>
          <td className={numeric}>{formatRate(e.wordShare)}</td>
          <td className={`${cell} whitespace-nowrap tabular-nums`}>{sentimentLabel(e.sentiment)}</td>
          <td className={numeric}>{e.mentionCount}</td>
          <td className={cell}>{e.ownCitation ? <Badge tone="green">yes</Badge> : <span className="text-zinc-500 dark:text-zinc-400">no</span>}</td>
        </tr>
      ))}
    </Table>
  );
}
