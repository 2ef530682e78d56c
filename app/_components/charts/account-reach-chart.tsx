'use client';

import Link from 'next/link';
import { useParams } from 'next/navigation';
import { Bar, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { AccountReachPoint } from '@/lib/dashboard/daily-reach';
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

// Account reach per bucket (lib/dashboard/daily-reach.ts): what LinkedIn counted per day across
// all of a profile's content, from its analytics exports. Impressions as bars, engagement rate
// as a line on its own axis. A bucket without a day of data has neither: a gap, not 0.

const IMPRESSIONS = '#0f766e'; // teal-700
const RATE = '#d97706'; // amber-600

/** Buckets without data, in words (the first few, then how many more). */
function describeMissing(points: readonly AccountReachPoint[], bucket: string): string {
  const missing = points.filter((p) => p.days === 0).map((p) => p.bucket);
  if (missing.length === 0) return '';
  const shown = missing.slice(0, 5).join(', ');
  const more = missing.length > 5 ? ` and ${missing.length - 5} more` : '';
  return ` No data for the ${bucket}${missing.length === 1 ? '' : 's'} of ${shown}${more}.`;
}

export function AccountReachChart({ points, frame }: { points: AccountReachPoint[]; frame: TimeFrame }) {
  const params = useParams<{ workspace?: string }>();
  const days = points.reduce((sum, p) => sum + p.days, 0);
  if (days === 0) {
    const importPage = params?.workspace ? (
      <Link href={`/w/${params.workspace}/imports`} className="text-indigo-600 underline dark:text-indigo-400">
        Import page
      </Link>
    ) : (
      'Import page'
    );
    return (
      <EmptyState title="No LinkedIn account analytics in this range">
        Account impressions are LinkedIn’s own daily figures. To draw them, import the creator analytics .xlsx (Content → Export) or a company page’s export on the {importPage}.
      </EmptyState>
    );
  }
  const buckets = points.map((p) => p.bucket);
  const markers = frame.markers ?? [];
  const exposure = bucketExposure(frame.bands, buckets, frame.rangeEnd);
  const data: ChartData = {
    filename: `account-reach-${frame.period}`,
    columns: [
      { label: BUCKET_HEADING[frame.bucket] },
      { label: 'Profile-days with data', numeric: true, format: 'count' },
      { label: 'Impressions', numeric: true, format: 'count' },
      { label: 'Engagements', numeric: true, format: 'count' },
      { label: 'Members reached', numeric: true, format: 'count' },
      { label: 'Engagement rate', numeric: true, format: 'percent' },
      { label: 'Under training exposure' },
    ],
    rows: points.map((p, i) => [p.bucket, p.days, p.impressions, p.engagements, p.membersReached, p.engagementRate, exposure[i]!]),
  };
  const impressions = points.reduce((sum, p) => sum + (p.impressions ?? 0), 0);
  const best = points.reduce((a, b) => ((b.impressions ?? 0) > (a.impressions ?? 0) ? b : a));
  const summary =
    `Account impressions and engagement rate per ${frame.bucket} from ${buckets[0]} to ${buckets[buckets.length - 1]}, as LinkedIn counted them each day: ` +
    `${formatCount(impressions)} impressions over ${formatCount(days)} profile-${days === 1 ? 'day' : 'days'} with data; the most in the ${frame.bucket} of ${best.bucket} (${formatCount(best.impressions ?? 0)}).` +
    describeMissing(points, frame.bucket) +
    ' ' +
    describeBands(frame.bands) +
    describeMarkers(markers);

  return (
    <div className="space-y-2">
      <ChartFrame
        title={`Account impressions per ${frame.bucket} (LinkedIn analytics)`}
        summary={summary}
        data={data}
        legend={[
          { label: 'Account impressions (bars, left axis)', swatch: 'bg-teal-700' },
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
          <Bar yAxisId="impressions" dataKey="impressions" name="Account impressions" fill={IMPRESSIONS} isAnimationActive={false} />
          <Line yAxisId="rate" type="monotone" dataKey="engagementRate" name="Engagement rate" stroke={RATE} strokeWidth={2} strokeDasharray="5 3" dot={{ r: 3 }} isAnimationActive={false} />
          {markerLines(markers, buckets, 'impressions')}
        </ComposedChart>
      </ChartFrame>
      <MarkerList markers={markers} />
    </div>
  );
}
