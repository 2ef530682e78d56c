'use client';

import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { PostPoint } from '@/lib/dashboard/posts';
import { EmptyState, formatCount } from '../ui';
import type { ChartData } from './chart-data';
import { ChartFrame } from './chart-frame';
import { AXIS_TICK, TOOLTIP_STYLE } from './time-overlays';

// Each post of the range as a dot: what it gave away (its privacy score, lib/privacy) against
// what it earned (impressions), coloured and shaped by its exposure at publication, so the
// trade-off DESIGN.md describes is visible post by post. Posts without impressions or not yet
// scanned cannot be placed; the chart says how many.

export type ScatterGroup = 'exposed' | 'not_exposed' | 'unknown';

const GROUPS: Record<ScatterGroup, { label: string; fill: string; shape: 'circle' | 'diamond' | 'cross'; swatch: string; glyph: string }> = {
  exposed: { label: 'exposed at publication', fill: '#4f46e5', shape: 'circle', swatch: 'bg-indigo-600 rounded-full', glyph: '●' },
  not_exposed: { label: 'not exposed at publication', fill: '#d97706', shape: 'diamond', swatch: 'bg-amber-600 rotate-45', glyph: '◆' },
  unknown: { label: 'exposure unknown', fill: '#71717a', shape: 'cross', swatch: 'bg-zinc-500', glyph: '✕' },
};

export const scatterGroup = (p: Pick<PostPoint, 'exposureState' | 'exposedAtPublication'>): ScatterGroup =>
  p.exposureState === null ? 'unknown' : p.exposedAtPublication ? 'exposed' : 'not_exposed';

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);
const decimal = (v: number | null) => (v === null ? '—' : v.toLocaleString('en-US', { maximumFractionDigits: 1 }));

export function PrivacyScatterChart({ points, truncated, period }: { points: PostPoint[]; truncated: boolean; period: string }) {
  const drawn = points.filter((p): p is PostPoint & { impressions: number; privacyScore: number } => p.impressions !== null && p.privacyScore !== null);
  const unscanned = points.filter((p) => p.privacyScore === null).length;
  const noImpressions = points.filter((p) => p.privacyScore !== null && p.impressions === null).length;
  const leftOut = [
    unscanned && `${formatCount(unscanned)} ${unscanned === 1 ? 'post is' : 'posts are'} not scanned for privacy yet`,
    noImpressions && `${formatCount(noImpressions)} ${noImpressions === 1 ? 'post has' : 'posts have'} no impressions`,
    truncated && `only the newest ${formatCount(points.length)} posts of the range are drawn`,
  ].filter(Boolean);
  const note = leftOut.length > 0 && <p className="text-xs text-zinc-600 dark:text-zinc-400">Not drawn: {leftOut.join('; ')}.</p>;

  if (drawn.length === 0) {
    return (
      <div className="space-y-2">
        <EmptyState title="No post to place in this range">
          The chart needs posts published in the range with impressions: log a snapshot of their numbers, or import LinkedIn’s analytics export.
        </EmptyState>
        {note}
      </div>
    );
  }
  const groups = (Object.keys(GROUPS) as ScatterGroup[]).map((g) => ({ group: g, items: drawn.filter((p) => scatterGroup(p) === g) }));
  const data: ChartData = {
    filename: `reach-vs-privacy-${period}`,
    columns: [
      { label: 'Published (UTC)' },
      { label: 'Profile' },
      { label: 'Post' },
      { label: 'Privacy score', numeric: true, format: 'decimal' },
      { label: 'Impressions', numeric: true, format: 'count' },
      { label: 'Exposure at publication' },
    ],
    rows: drawn.map((p) => [p.publishedAt.slice(0, 16).replace('T', ' '), p.profileName, p.excerpt, p.privacyScore, p.impressions, GROUPS[scatterGroup(p)].label]),
  };
  const summary =
    `${formatCount(drawn.length)} posts placed by privacy score (across) and impressions (up). ` +
    groups
      .filter((g) => g.items.length > 0)
      .map(
        (g) =>
          `${GROUPS[g.group].label}: ${formatCount(g.items.length)} ${g.items.length === 1 ? 'post' : 'posts'}, ` +
          `average privacy score ${decimal(mean(g.items.map((p) => p.privacyScore)))}, average impressions ${formatCount(Math.round(mean(g.items.map((p) => p.impressions)) ?? 0))}`,
      )
      .join('; ') +
    '.';

  return (
    <div className="space-y-2">
      <ChartFrame
        title="Reach against privacy exposure, per post"
        summary={summary}
        data={data}
        legend={(Object.keys(GROUPS) as ScatterGroup[]).map((g) => ({ label: `${GROUPS[g].glyph} ${GROUPS[g].label}`, swatch: GROUPS[g].swatch }))}
      >
        <ScatterChart responsive style={{ width: '100%', height: 280 }} margin={{ top: 8, right: 12, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
          <XAxis type="number" dataKey="privacyScore" name="Privacy score" tick={AXIS_TICK} allowDecimals={false} padding={{ left: 8, right: 16 }} label={{ value: 'Privacy score', position: 'insideBottomRight', offset: -4, fontSize: 11, fill: 'currentColor' }} />
          <YAxis type="number" dataKey="impressions" name="Impressions" tick={AXIS_TICK} padding={{ top: 12 }} tickFormatter={(v: number) => v.toLocaleString('en-US')} width={64} />
          <Tooltip
            {...TOOLTIP_STYLE}
            cursor={{ strokeDasharray: '3 3' }}
            formatter={(value, name) => [typeof value === 'number' ? value.toLocaleString('en-US') : String(value), name]}
          />
          {groups.map((g) => (
            <Scatter key={g.group} name={GROUPS[g.group].label} data={g.items} fill={GROUPS[g.group].fill} shape={GROUPS[g.group].shape} isAnimationActive={false} />
          ))}
        </ScatterChart>
      </ChartFrame>
      {note}
    </div>
  );
}
