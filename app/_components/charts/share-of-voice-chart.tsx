'use client';

import { Bar, BarChart, CartesianGrid, Rectangle, XAxis, YAxis, type BarShapeProps } from 'recharts';
import type { VoiceItem } from '@/lib/answers/analytics';
import { Badge, cell, formatCount, formatRate, Table } from '../ui';
import { ChartFrame } from './chart-frame';

// Share of voice of every tracked name over the same answers (lib/answers/analytics/
// share-of-voice.ts): one bar each, ours indigo and competitors amber, the page's own name
// outlined.

const US = '#4f46e5'; // indigo-600
const COMPETITOR = '#d97706'; // amber-600

export function ShareOfVoiceChart({ items, currentId }: { items: VoiceItem[]; currentId: string }) {
  const data = items.map((i) => ({ ...i, value: i.share ?? 0 }));
  const summary =
    'Share of voice: ' +
    items.map((i) => `${i.name} (${i.isUs ? 'us' : 'competitor'}) ${formatRate(i.share)}, ${formatCount(i.mentions)} mentions`).join('; ') +
    '.';
  const table = (
    <Table caption="Share of voice" head={['Name', 'Whose', { label: 'Mentions', numeric: true }, { label: 'Share of voice', numeric: true }, { label: 'Mention rate', numeric: true }]}>
      {items.map((i) => (
        <tr key={i.entityId} aria-current={i.entityId === currentId ? 'true' : undefined} className={i.entityId === currentId ? 'font-semibold' : undefined}>
          <td className={cell}>{i.name}</td>
          <td className={cell}>{i.isUs ? <Badge tone="indigo">us</Badge> : <Badge tone="amber">competitor</Badge>}</td>
          <td className={`${cell} text-right tabular-nums`}>{formatCount(i.mentions)}</td>
          <td className={`${cell} text-right tabular-nums`}>{formatRate(i.share)}</td>
          <td className={`${cell} text-right tabular-nums`}>{formatRate(i.mentionRate)}</td>
        </tr>
      ))}
    </Table>
  );

  return (
    <ChartFrame
      title="Share of voice against the other tracked names"
      summary={summary}
      table={table}
      legend={[
        { label: 'us', swatch: 'bg-indigo-600' },
        { label: 'competitor', swatch: 'bg-amber-600' },
        { label: 'this name (outlined)', swatch: 'border-2 border-zinc-900 dark:border-zinc-100' },
      ]}
    >
      <BarChart responsive layout="vertical" style={{ width: '100%', height: Math.max(120, 36 * data.length + 40) }} data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} horizontal={false} />
        <XAxis type="number" domain={[0, 1]} tick={{ fill: 'currentColor', fontSize: 11 }} tickFormatter={(v: number) => `${Math.round(v * 100)}%`} />
        <YAxis type="category" dataKey="name" tick={{ fill: 'currentColor', fontSize: 11 }} width={120} />
        <Bar
          dataKey="value"
          isAnimationActive={false}
          shape={(props: BarShapeProps) => {
            const item = data[props.index];
            const current = item?.entityId === currentId;
            return <Rectangle {...props} fill={item?.isUs ? US : COMPETITOR} stroke={current ? 'currentColor' : 'none'} strokeWidth={current ? 2 : 0} />;
          }}
        />
      </BarChart>
    </ChartFrame>
  );
}
