'use client';

import { CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReachPoint } from '@/lib/dashboard/reach';
import { EmptyState, formatCount } from '../ui';
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
  TOOLTIP_STYLE,
  type TimeFrame,
} from './time-overlays';

// Followers at the end of each bucket, summed over the profiles with a known total
// (lib/dashboard/reach.ts): the last total recorded on or before that day.

const FOLLOWERS = '#0284c7'; // sky-600

export function FollowersChart({ points, frame }: { points: ReachPoint[]; frame: TimeFrame }) {
  const known = points.filter((p) => p.followers !== null);
  if (known.length === 0) {
    return (
      <EmptyState title="No follower counts up to this range’s end">
        Record a profile’s follower total on its page, or import LinkedIn’s followers export, to draw this line.
      </EmptyState>
    );
  }
  const buckets = points.map((p) => p.bucket);
  const markers = frame.markers ?? [];
  const exposure = bucketExposure(frame.bands, buckets, frame.rangeEnd);
  const data: ChartData = {
    filename: `followers-${frame.period}`,
    columns: [{ label: BUCKET_HEADING[frame.bucket] }, { label: 'Followers at its end', numeric: true, format: 'count' }, { label: 'Under training exposure' }],
    rows: points.map((p, i) => [p.bucket, p.followers, exposure[i]!]),
  };
  const first = known[0]!;
  const last = known[known.length - 1]!;
  const summary =
    `Followers at the end of each ${frame.bucket}: ${formatCount(first.followers)} after the ${frame.bucket} of ${first.bucket}, ` +
    `${formatCount(last.followers)} after the ${frame.bucket} of ${last.bucket}. ` +
    describeBands(frame.bands) +
    describeMarkers(markers);

  return (
    <div className="space-y-2">
      <ChartFrame title={`Followers at the end of each ${frame.bucket}`} summary={summary} data={data} legend={[{ label: 'Followers', swatch: 'bg-sky-600' }, ...overlayLegend(frame.bands, markers)]}>
        <ComposedChart responsive style={{ width: '100%', height: 220 }} data={points} margin={{ top: 12, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
          {exposureAreas(frame.bands, buckets)}
          <XAxis dataKey="bucket" scale="band" tick={AXIS_TICK} />
          <YAxis domain={['auto', 'auto']} tick={AXIS_TICK} tickFormatter={(v: number) => v.toLocaleString('en-US')} width={64} />
          <Tooltip {...TOOLTIP_STYLE} formatter={(value) => (typeof value === 'number' ? formatCount(value) : '—')} />
          <Line type="monotone" dataKey="followers" name="Followers" stroke={FOLLOWERS} strokeWidth={2} dot={points.length <= 40 ? { r: 2 } : false} connectNulls isAnimationActive={false} />
          {markerLines(markers, buckets)}
        </ComposedChart>
      </ChartFrame>
      <MarkerList markers={markers} />
    </div>
  );
}
