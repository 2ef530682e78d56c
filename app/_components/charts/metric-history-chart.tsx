'use client';

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { ExposureBand } from '@/lib/dashboard/bands';
import { cell, formatCount, formatRate, Table } from '../ui';
import { ChartFrame } from './chart-frame';
import { bucketExposure, describeBands, describeMarkers, exposureAreas, MarkerList, markerLines, overlayLegend, type ChartMarker } from './time-overlays';

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

const DAY_MS = 86_400_000;
const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
/** Past five years of days, the axis keeps only the capture days. */
const MAX_AXIS_DAYS = 5 * 366;

/**
 * The x axis: every day from the first capture to the last, so the gaps between snapshots
 * keep their length and a shaded period or a marker falls on its own day (lines join the
 * snapshots across the days between). Only the capture days over a very long history.
 */
export function axisDays(captures: readonly string[]): string[] {
  const first = captures[0];
  const last = captures[captures.length - 1];
  if (!first || !last) return [];
  const span = (Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / DAY_MS;
  if (!(span >= 0) || span > MAX_AXIS_DAYS) return [...captures];
  const days: string[] = [];
  for (let d = first; d <= last; d = dayAfter(d)) days.push(d);
  return days;
}

/**
 * A post's metric snapshots over time. Given `bands` (its profile's periods of effective
 * training exposure) and `markers` (notes and opt-in changes), it shades and marks them as
 * every time chart does (time-overlays.tsx); without them it draws the lines alone.
 */
export function MetricHistoryChart({ metrics, bands, markers = [] }: { metrics: MetricPoint[]; bands?: ExposureBand[]; markers?: ChartMarker[] }) {
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
  const days = axisDays(data.map((m) => m.capturedOn));
  const byDay = new Map(data.map((m) => [m.capturedOn, m]));
  const chartRows = days.map((day) => byDay.get(day) ?? { capturedOn: day, impressions: null, engagement: null });
  // Whether each capture day itself was under exposure (one profile: "yes" or "no").
  const exposure = bands ? data.map((m) => bucketExposure(bands, [m.capturedOn], dayAfter(m.capturedOn))[0]!) : null;
  // The legend's shading item only where bands were given: a chart without them says nothing of exposure.
  const legend = bands ? overlayLegend(bands, markers) : overlayLegend([], markers).slice(1);
  const summary =
    `${data.length} ${data.length === 1 ? 'snapshot' : 'snapshots'} from ${first.capturedOn} to ${latest.capturedOn}. ` +
    `Impressions ${formatCount(first.impressions)} → ${formatCount(latest.impressions)}; engagement ${formatCount(first.engagement)} → ${formatCount(latest.engagement)}.` +
    (bands ? ` ${describeBands(bands)}` : '') +
    describeMarkers(markers);

  const table = (
    <Table
      caption="Metric snapshots"
      head={[
        'Captured',
        ...['Impressions', 'Reached', 'Reactions', 'Comments', 'Reposts', 'Clicks', 'Saves', 'Engagement', 'Rate'].map((label) => ({ label, numeric: true })),
        ...(exposure ? ['Under training exposure'] : []),
      ]}
    >
      {data.map((m, i) => (
        <tr key={m.capturedOn}>
          <td className={`${cell} whitespace-nowrap`}>{m.capturedOn}</td>
          {[m.impressions, m.membersReached, m.reactions, m.comments, m.reposts, m.clicks, m.saves, m.engagement].map((v, j) => (
            <td key={j} className={`${cell} text-right tabular-nums`}>
              {formatCount(v)}
            </td>
          ))}
          <td className={`${cell} text-right tabular-nums`}>{formatRate(m.impressions && m.engagement !== null ? m.engagement / m.impressions : null)}</td>
          {exposure && <td className={`${cell} whitespace-nowrap`}>{exposure[i]}</td>}
        </tr>
      ))}
    </Table>
  );

  return (
    <div className="space-y-2">
      <ChartFrame title="Metric history" summary={summary} table={table} legend={legend}>
        <LineChart responsive style={{ width: '100%', height: 260 }} data={chartRows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
          {bands && exposureAreas(bands, days, 'impressions')}
          <XAxis dataKey="capturedOn" scale="band" tick={{ fill: 'currentColor', fontSize: 11 }} />
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
          {markerLines(markers, days, 'impressions')}
        </LineChart>
      </ChartFrame>
      <MarkerList markers={markers} />
    </div>
  );
}
