'use client';

import { Bar, BarChart, CartesianGrid, Rectangle, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import type { ProfileColumn } from '@/lib/dashboard/posts';
import { exposureLabel } from '../exposure';
import { EmptyState, formatCount, formatRate } from '../ui';
import type { ChartData } from './chart-data';
import { ChartFrame } from './chart-frame';
import { AXIS_TICK, TOOLTIP_STYLE } from './time-overlays';

// The profiles of a team over the same range (lib/dashboard/posts.ts): impressions per post as
// bars, coloured by whether LinkedIn may train on the profile's posts today. The table has
// every column, so opted-in and opted-out colleagues can be compared line by line.

const EXPOSED = '#4f46e5'; // indigo-600
const NOT_EXPOSED = '#a1a1aa'; // zinc-400

export function ProfilesChart({ profiles, period }: { profiles: ProfileColumn[]; period: string }) {
  if (profiles.length === 0) {
    return <EmptyState title="No profiles to compare">Add the team’s profiles to see them side by side.</EmptyState>;
  }
  const data: ChartData = {
    filename: `profiles-${period}`,
    columns: [
      { label: 'Profile' },
      { label: 'Exposure now' },
      { label: 'Posts', numeric: true, format: 'count' },
      { label: 'Impressions', numeric: true, format: 'count' },
      { label: 'Impressions per post', numeric: true, format: 'count' },
      { label: 'Engagement rate', numeric: true, format: 'percent' },
      { label: 'Followers gained', numeric: true, format: 'count' },
      { label: 'Privacy exposure', numeric: true, format: 'decimal' },
    ],
    rows: profiles.map((p) => [p.name, exposureLabel(p.stateNow), p.posts, p.impressions, p.impressionsPerPost, p.engagementRate, p.followersGained, p.privacyExposure]),
  };
  const bars = profiles.map((p) => ({ name: p.name, value: p.impressionsPerPost ?? 0, exposed: p.stateNow === 'exposed' }));
  const summary =
    'Impressions per post by profile over the range: ' +
    profiles
      .map((p) => `${p.name} (${exposureLabel(p.stateNow)} now): ${formatCount(p.posts)} posts, ${p.impressionsPerPost === null ? 'no impressions' : `${formatCount(Math.round(p.impressionsPerPost))} impressions per post`}, engagement rate ${formatRate(p.engagementRate)}`)
      .join('; ') +
    '.';

  return (
    <ChartFrame
      title="Profiles side by side: impressions per post"
      summary={summary}
      data={data}
      legend={[
        { label: 'exposed to training now', swatch: 'bg-indigo-600' },
        { label: 'not exposed now (opted out, exempt or no setting)', swatch: 'bg-zinc-400' },
      ]}
    >
      <BarChart responsive layout="vertical" style={{ width: '100%', height: Math.max(120, 34 * bars.length + 40) }} data={bars} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} horizontal={false} />
        <XAxis type="number" tick={AXIS_TICK} tickFormatter={(v: number) => v.toLocaleString('en-US')} />
        <YAxis type="category" dataKey="name" tick={AXIS_TICK} width={140} />
        <Tooltip {...TOOLTIP_STYLE} formatter={(value) => (typeof value === 'number' ? formatCount(Math.round(value)) : '—')} />
        <Bar
          dataKey="value"
          name="Impressions per post"
          isAnimationActive={false}
          shape={(props: BarShapeProps) => <Rectangle {...props} fill={bars[props.index]?.exposed ? EXPOSED : NOT_EXPOSED} />}
        />
      </BarChart>
    </ChartFrame>
  );
}
