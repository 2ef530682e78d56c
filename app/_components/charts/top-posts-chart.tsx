'use client';

import { Bar, BarChart, CartesianGrid, Rectangle, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import type { PostPoint } from '@/lib/dashboard/posts';
import { EmptyState, formatCount } from '../ui';
import type { ChartData } from './chart-data';
import { ChartFrame } from './chart-frame';
import { scatterGroup } from './privacy-scatter-chart';
import { AXIS_TICK, TOOLTIP_STYLE } from './time-overlays';

// The range's posts with the most impressions (lib/dashboard/posts.ts), one bar each, coloured
// by exposure at publication; the table adds engagement rate and privacy score.

export type TopPost = PostPoint & { engagementRate: number | null };

const FILL = { exposed: '#4f46e5', not_exposed: '#d97706', unknown: '#71717a' } as const;
const LABEL = { exposed: 'exposed at publication', not_exposed: 'not exposed at publication', unknown: 'exposure unknown' } as const;

const shortLabel = (p: TopPost, i: number) => `${i + 1}. ${p.publishedAt.slice(0, 10)} ${p.profileName}`;

export function TopPostsChart({ posts, period }: { posts: TopPost[]; period: string }) {
  if (posts.length === 0) {
    return <EmptyState title="No post with impressions in this range">Posts count here once their numbers are logged or imported.</EmptyState>;
  }
  const data: ChartData = {
    filename: `top-posts-${period}`,
    columns: [
      { label: 'Rank', numeric: true, format: 'count' },
      { label: 'Published (UTC)' },
      { label: 'Profile' },
      { label: 'Post' },
      { label: 'Impressions', numeric: true, format: 'count' },
      { label: 'Engagement rate', numeric: true, format: 'percent' },
      { label: 'Privacy score', numeric: true, format: 'decimal' },
      { label: 'Exposure at publication' },
    ],
    rows: posts.map((p, i) => [i + 1, p.publishedAt.slice(0, 16).replace('T', ' '), p.profileName, p.excerpt, p.impressions, p.engagementRate, p.privacyScore, LABEL[scatterGroup(p)]]),
  };
  const bars = posts.map((p, i) => ({ label: shortLabel(p, i), impressions: p.impressions ?? 0, group: scatterGroup(p) }));
  const summary =
    `The ${posts.length} posts of the range with the most impressions: ` +
    posts.map((p, i) => `${i + 1}, ${p.profileName} on ${p.publishedAt.slice(0, 10)}, ${formatCount(p.impressions)} impressions, ${LABEL[scatterGroup(p)]}`).join('; ') +
    '.';

  return (
    <ChartFrame
      title="Top posts by impressions"
      summary={summary}
      data={data}
      legend={[
        { label: LABEL.exposed, swatch: 'bg-indigo-600' },
        { label: LABEL.not_exposed, swatch: 'bg-amber-600' },
        { label: LABEL.unknown, swatch: 'bg-zinc-500' },
      ]}
    >
      <BarChart responsive layout="vertical" style={{ width: '100%', height: Math.max(120, 30 * bars.length + 40) }} data={bars} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} horizontal={false} />
        <XAxis type="number" tick={AXIS_TICK} tickFormatter={(v: number) => v.toLocaleString('en-US')} />
        <YAxis type="category" dataKey="label" tick={AXIS_TICK} width={190} />
        <Tooltip {...TOOLTIP_STYLE} formatter={(value) => (typeof value === 'number' ? formatCount(value) : '—')} />
        <Bar
          dataKey="impressions"
          name="Impressions"
          isAnimationActive={false}
          shape={(props: BarShapeProps) => <Rectangle {...props} fill={FILL[bars[props.index]?.group ?? 'unknown']} />}
        />
      </BarChart>
    </ChartFrame>
  );
}
