'use client';

import { Bar, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReachPoint } from '@/lib/dashboard/reach';
import { EmptyState, formatCount, formatRate } from '../ui';
import type { ChartData } from './chart-data';
import { ChartFrame } from './chart-frame';
import {
  AXIS_TICK,
  BUCKET_HEADING,
  bucketExposure,
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

// Reach of the posts published in each bucket (lib/dashboard/reach.ts): impressions as bars,
// engagement rate as a line on its own axis. A bucket without posts has no rate: a gap, not 0.

const IMPRESSIONS = '#4f46e5'; // indigo-600
const RATE = '#d97706'; // amber-600

export function ReachTrendChart({ points, frame }: { points: ReachPoint[]; frame: TimeFrame }) {
  const buckets = points.map((p) => p.bucket);
  const posts = points.reduce((sum, p) => sum + p.posts, 0);
  if (posts === 0) {
    return (
      <EmptyState title="No posts published in this range">
        Reach counts the posts published in the range with their newest numbers. Choose a longer range, or log or import posts.
      </EmptyState>
    );
  }
  const markers = frame.markers ?? [];
  const exposure = bucketExposure(frame.bands, buckets, frame.rangeEnd);
  const data: ChartData = {
    filename: `reach-${frame.period}`,
    columns: [
      { label: BUCKET_HEADING[frame.bucket] },
      { label: 'Posts', numeric: true, format: 'count' },
      { label: 'Impressions', numeric: true, format: 'count' },
      { label: 'Engagement rate', numeric: true, format: 'percent' },
      { label: 'Under training exposure' },
    ],
    rows: points.map((p, i) => [p.bucket, p.posts, p.impressions, p.engagementRate, exposure[i]!]),
  };
  const impressions = points.reduce((sum, p) => sum + p.impressions, 0);
  const best = points.reduce((a, b) => (b.impressions > a.impressions ? b : a));
  const summary =
    `Impressions and engagement rate per ${frame.bucket} from ${buckets[0]} to ${buckets[buckets.length - 1]}: ` +
    `${formatCount(posts)} posts with ${formatCount(impressions)} impressions; the most in the ${frame.bucket} of ${best.bucket} (${formatCount(best.impressions)}). ` +
    describeBands(frame.bands) +
    describeMarkers(markers);

  return (
    <div className="space-y-2">
      <ChartFrame
        title={`Impressions and engagement rate per ${frame.bucket}`}
        summary={summary}
        data={data}
        legend={[
          { label: 'Impressions (bars, left axis)', swatch: 'bg-indigo-600' },
          { label: 'Engagement rate (line, right axis)', swatch: 'bg-amber-600' },
          ...overlayLegend(frame.bands, markers),
        ]}
      >
        <ComposedChart responsive style={{ width: '100%', height: 260 }} data={points} margin={{ top: 12, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
          {exposureAreas(frame.bands, buckets, 'impressions')}
          <XAxis dataKey="bucket" tick={AXIS_TICK} />
          <YAxis yAxisId="impressions" tick={AXIS_TICK} tickFormatter={(v: number) => v.toLocaleString('en-US')} width={64} />
          <YAxis yAxisId="rate" orientation="right" tick={AXIS_TICK} tickFormatter={percentTick} width={44} />
          <Tooltip
            {...TOOLTIP_STYLE}
            formatter={(value, name) => (typeof value !== 'number' ? '—' : name === 'Engagement rate' ? formatRate(value) : formatCount(value))}
          />
          <Bar yAxisId="impressions" dataKey="impressions" name="Impressions" fill={IMPRESSIONS} isAnimationActive={false} />
          <Line yAxisId="rate" type="monotone" dataKey="engagementRate" name="Engagement rate" stroke={RATE} strokeWidth={2} strokeDasharray="5 3" dot={{ r: 3 }} isAnimationActive={false} />
          {markerLines(markers, buckets, 'impressions')}
        </ComposedChart>
      </ChartFrame>
      <MarkerList markers={markers} />
    </div>
  );
}
