'use client';

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { cell, formatCount, formatRate, Table } from '../ui';
import { ChartFrame } from './chart-frame';

/** One metric snapshot of a post (lib/posts/metrics.ts), as plain data for the client. */
export interface MetricPoint {
  capturedOn: string;
  impressions: number | null;
  membersReached: number | null;
  reactions: number | null;
  comments: number | null;
  reposts: number | null;
  clicks: number | null;
  saves: number | null;
}

// Engagement as DESIGN.md "Metrics" defines it: reactions + comments + reposts (+ clicks
// where known); the rate divides it by impressions.
const engagementOf = (m: MetricPoint) =>
  [m.reactions, m.comments, m.reposts, m.clicks].some((v) => v !== null) ? (m.reactions ?? 0) + (m.comments ?? 0) + (m.reposts ?? 0) + (m.clicks ?? 0) : null;

const IMPRESSIONS = '#4f46e5'; // indigo-600
const ENGAGEMENT = '#d97706'; // amber-600

export function MetricHistoryChart({ metrics }: { metrics: MetricPoint[] }) {
  if (metrics.length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-zinc-300 p-6 text-center text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
        <p className="font-medium text-zinc-900 dark:text-zinc-100">No metrics yet</p>
        <p className="mt-1">Add a snapshot of the post’s numbers (from LinkedIn’s post analytics) to start its history, or import LinkedIn’s analytics export.</p>
      </div>
    );
  }
  const data = metrics.map((m) => ({ ...m, engagement: engagementOf(m) }));
  const first = data[0]!;
  const latest = data[data.length - 1]!;
  const summary =
    `${data.length} ${data.length === 1 ? 'snapshot' : 'snapshots'} from ${first.capturedOn} to ${latest.capturedOn}. ` +
    `Impressions ${formatCount(first.impressions)} → ${formatCount(latest.impressions)}; engagement ${formatCount(first.engagement)} → ${formatCount(latest.engagement)}.`;

  const table = (
    <Table
      caption="Metric snapshots"
      head={['Captured', ...['Impressions', 'Reached', 'Reactions', 'Comments', 'Reposts', 'Clicks', 'Saves', 'Engagement', 'Rate'].map((label) => ({ label, numeric: true }))]}
    >
      {data.map((m) => (
        <tr key={m.capturedOn}>
          <td className={`${cell} whitespace-nowrap`}>{m.capturedOn}</td>
          {[m.impressions, m.membersReached, m.reactions, m.comments, m.reposts, m.clicks, m.saves, m.engagement].map((v, i) => (
            <td key={i} className={`${cell} text-right tabular-nums`}>
              {formatCount(v)}
            </td>
          ))}
          <td className={`${cell} text-right tabular-nums`}>{formatRate(m.impressions && m.engagement !== null ? m.engagement / m.impressions : null)}</td>
        </tr>
      ))}
    </Table>
  );

  return (
    <ChartFrame title="Metric history" summary={summary} table={table}>
      <LineChart responsive style={{ width: '100%', height: 260 }} data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
        <XAxis dataKey="capturedOn" tick={{ fill: 'currentColor', fontSize: 11 }} />
        <YAxis yAxisId="impressions" tick={{ fill: 'currentColor', fontSize: 11 }} tickFormatter={(v: number) => v.toLocaleString('en-US')} width={64} />
        <YAxis yAxisId="engagement" orientation="right" tick={{ fill: 'currentColor', fontSize: 11 }} tickFormatter={(v: number) => v.toLocaleString('en-US')} width={48} />
        <Tooltip
          contentStyle={{ background: 'var(--color-zinc-900)', border: 'none', borderRadius: 6, color: 'white', fontSize: 12 }}
          labelStyle={{ color: 'white' }}
          formatter={(value) => (typeof value === 'number' ? value.toLocaleString('en-US') : String(value ?? '—'))}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
        <Line yAxisId="impressions" type="monotone" dataKey="impressions" name="Impressions (left axis)" stroke={IMPRESSIONS} strokeWidth={2} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
        <Line yAxisId="engagement" type="monotone" dataKey="engagement" name="Engagement (right axis)" stroke={ENGAGEMENT} strokeWidth={2} strokeDasharray="5 3" dot={{ r: 3 }} connectNulls isAnimationActive={false} />
      </LineChart>
    </ChartFrame>
  );
}
