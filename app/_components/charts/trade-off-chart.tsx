'use client';

import { CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { TradeOffPoint } from '@/lib/opt-in-test';
import { EmptyState, formatCount } from '../ui';
import type { ChartData } from './chart-data';
import { ChartFrame } from './chart-frame';
import {
  AXIS_TICK,
  BUCKET_HEADING,
  describeBands,
  describeMarkers,
  exposureAreas,
  MarkerList,
  markerLines,
  overlayLegend,
  percentTick,
  TOOLTIP_STYLE,
  type TimeFrame,
} from './time-overlays';

// What opting in bought against what it cost (lib/opt-in-test tradeOff): running totals of
// the privacy exposure of posts published under exposure, their impressions, and the AI
// answers naming us while a profile was exposed (after the lag). The three have no common
// unit (score points, impressions, answers), so each is drawn as the share of its own total
// at the end of the range: one 0–100% axis, where a line rising early means that part came
// early. The exact running totals are in the tooltip, the table and the CSV.

const SERIES = [
  { key: 'privacyExposure', name: 'Privacy exposure (cost)', noun: 'privacy exposure', stroke: '#e11d48', dash: undefined, swatch: 'bg-rose-600' }, // rose-600
  { key: 'exposedImpressions', name: 'Impressions under exposure (gain)', noun: 'impressions', stroke: '#4f46e5', dash: '6 3', swatch: 'bg-indigo-600' }, // indigo-600
  { key: 'mentionsWhileExposed', name: 'AI mentions while exposed (gain)', noun: 'AI mentions', stroke: '#059669', dash: '2 3', swatch: 'bg-emerald-600' }, // emerald-600
] as const;

type SeriesKey = (typeof SERIES)[number]['key'];

/** The first bucket by which a running total reached half of its end value. */
const halfway = (points: readonly TradeOffPoint[], key: SeriesKey, total: number) => points.find((p) => p[key] >= total / 2)?.bucket;

export function TradeOffChart({ points, frame, lagDays }: { points: TradeOffPoint[]; frame: TimeFrame; lagDays: number }) {
  const last = points[points.length - 1];
  const totals = { privacyExposure: last?.privacyExposure ?? 0, exposedImpressions: last?.exposedImpressions ?? 0, mentionsWhileExposed: last?.mentionsWhileExposed ?? 0 };
  if (!last || SERIES.every((s) => totals[s.key] === 0)) {
    return (
      <EmptyState title="Nothing was gained or given away under exposure in this range">
        No post was published under effective training exposure and no answer named you while a profile was exposed. Record when each profile turned the setting on or off, and add
        posts with their impressions and AI answers.
      </EmptyState>
    );
  }
  const buckets = points.map((p) => p.bucket);
  const share = (p: TradeOffPoint, key: SeriesKey) => (totals[key] > 0 ? p[key] / totals[key] : null);
  const rows = points.map((p) => ({ ...p, privacyShare: share(p, 'privacyExposure'), impressionsShare: share(p, 'exposedImpressions'), mentionsShare: share(p, 'mentionsWhileExposed') }));
  const shareKey = { privacyExposure: 'privacyShare', exposedImpressions: 'impressionsShare', mentionsWhileExposed: 'mentionsShare' } as const;
  const markers = frame.markers ?? [];

  const data: ChartData = {
    filename: `opt-in-trade-off-${frame.period}`,
    columns: [
      { label: BUCKET_HEADING[frame.bucket] },
      { label: 'Privacy exposure, running total', numeric: true, format: 'decimal' },
      { label: 'Impressions under exposure, running total', numeric: true, format: 'count' },
      { label: 'AI mentions while exposed, running total', numeric: true, format: 'count' },
      { label: 'Privacy exposure, % of end total', numeric: true, format: 'percent' },
      { label: 'Impressions, % of end total', numeric: true, format: 'percent' },
      { label: 'AI mentions, % of end total', numeric: true, format: 'percent' },
    ],
    rows: rows.map((r) => [r.bucket, r.privacyExposure, r.exposedImpressions, r.mentionsWhileExposed, r.privacyShare, r.impressionsShare, r.mentionsShare]),
  };

  const words = {
    privacyExposure: `privacy exposure ${totals.privacyExposure.toLocaleString('en-US', { maximumFractionDigits: 1 })} points`,
    exposedImpressions: `${formatCount(totals.exposedImpressions)} impressions`,
    mentionsWhileExposed: `${formatCount(totals.mentionsWhileExposed)} AI answers naming you`,
  };
  const halves = SERIES.filter((s) => totals[s.key] > 0).map((s) => `${s.noun} by ${halfway(points, s.key, totals[s.key])}`);
  const summary =
    `Running totals per ${frame.bucket} from ${buckets[0]} to ${buckets[buckets.length - 1]}, each drawn as a share of its own total at the end so the three share one axis. ` +
    `Under exposure the range gave away ${words.privacyExposure} (the privacy scores of posts published under exposure) and gained ${words.exposedImpressions} on those posts and ${words.mentionsWhileExposed} while a profile had been exposed ${lagDays} days earlier. ` +
    `Half was reached: ${halves.join('; ')}. ` +
    describeBands(frame.bands) +
    describeMarkers(markers);

  return (
    <div className="space-y-2">
      <ChartFrame
        title="What exposure bought and what it cost, running totals"
        summary={summary}
        data={data}
        legend={[...SERIES.map((s) => ({ label: `${s.name}${totals[s.key] === 0 ? ': none in this range' : ''}`, swatch: s.swatch })), ...overlayLegend(frame.bands, markers)]}
      >
        <ComposedChart responsive style={{ width: '100%', height: 280 }} data={rows} margin={{ top: 12, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
          {exposureAreas(frame.bands, buckets)}
          <XAxis dataKey="bucket" tick={AXIS_TICK} />
          <YAxis domain={[0, 1]} tick={AXIS_TICK} tickFormatter={percentTick} width={48} label={{ value: '% of end total', angle: -90, position: 'insideLeft', fontSize: 11, fill: 'currentColor', dy: 40 }} />
          <Tooltip
            {...TOOLTIP_STYLE}
            labelFormatter={(bucket) => `${BUCKET_HEADING[frame.bucket]} ${String(bucket)}`}
            formatter={(value, name, item) => {
              const series = SERIES.find((s) => s.name === name);
              const point = (item as { payload?: TradeOffPoint } | undefined)?.payload;
              if (!series || !point || typeof value !== 'number') return '—';
              const absolute = series.key === 'privacyExposure' ? point[series.key].toLocaleString('en-US', { maximumFractionDigits: 1 }) : formatCount(point[series.key]);
              return `${absolute} (${percentTick(value)})`;
            }}
          />
          {SERIES.map((s) => (
            <Line
              key={s.key}
              type="stepAfter"
              dataKey={shareKey[s.key]}
              name={s.name}
              stroke={s.stroke}
              strokeDasharray={s.dash}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          ))}
          {markerLines(markers, buckets)}
        </ComposedChart>
      </ChartFrame>
      <MarkerList markers={markers} />
    </div>
  );
}
