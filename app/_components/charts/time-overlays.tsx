import { ReferenceArea, ReferenceLine } from 'recharts';
import type { ExposureBand } from '@/lib/dashboard/bands';
import type { LegendItem } from './chart-frame';
import { markerBucket, shadedAreas } from './exposure-shading';

// What every dashboard time chart draws on top of its data: the periods of effective training
// exposure (lib/dashboard/bands.ts) shaded, darker where every profile was exposed, and the
// team's notes and opt-in changes (lib/annotations) as dashed lines. Both go into the legend,
// the screen-reader summary and the table, so no one needs the colours to read them.

/** A timeline marker (lib/annotations/markers.ts), as plain data for the client. */
export interface ChartMarker {
  id: string;
  day: string;
  label: string;
  kind: 'note' | 'opt_in' | 'opt_out';
  profileName?: string;
  note?: string;
}

export type Bucket = 'day' | 'week' | 'month';

export const BUCKET_HEADING: Record<Bucket, string> = { day: 'Day', week: 'Week of', month: 'Month of' };

const BAND_FILL = '#6366f1'; // indigo-500
const MARKER_STYLE: Record<ChartMarker['kind'], { stroke: string; dash: string; word: string }> = {
  note: { stroke: '#71717a', dash: '2 3', word: 'Note' }, // zinc-500
  opt_in: { stroke: '#4338ca', dash: '6 3', word: 'Opt-in' }, // indigo-700
  opt_out: { stroke: '#b45309', dash: '6 3', word: 'Opt-out' }, // amber-700
};

const markerText = (m: ChartMarker) => `${m.day}: ${m.label}${m.profileName ? ` (${m.profileName})` : ''}`;

/** The shaded areas, as recharts elements (recharts reads its children's types, so no wrapper component). */
export function exposureAreas(bands: readonly ExposureBand[], buckets: readonly string[], yAxisId?: string) {
  return shadedAreas(bands, buckets).map((area, i) => (
    <ReferenceArea key={`band-${i}`} {...(yAxisId && { yAxisId })} x1={area.x1} x2={area.x2} ifOverflow="hidden" fill={BAND_FILL} fillOpacity={area.all ? 0.24 : 0.1} stroke="none" />
  ));
}

/** One dashed line per marker, its words in an SVG title (a tooltip, and read by screen readers). */
export function markerLines(markers: readonly ChartMarker[], buckets: readonly string[], yAxisId?: string) {
  return markers.flatMap((m) => {
    const x = markerBucket(m.day, buckets);
    if (!x) return [];
    const style = MARKER_STYLE[m.kind];
    return [
      <ReferenceLine
        key={`marker-${m.id}`}
        {...(yAxisId && { yAxisId })}
        x={x}
        ifOverflow="hidden"
        stroke={style.stroke}
        strokeDasharray={style.dash}
        strokeWidth={1.5}
        label={<MarkerGlyph text={`${style.word} ${markerText(m)}`} color={style.stroke} />}
      />,
    ];
  });
}

function MarkerGlyph({ viewBox, text, color }: { viewBox?: { x: number; y: number }; text: string; color: string }) {
  if (!viewBox) return null;
  return (
    <g>
      <title>{text}</title>
      <circle cx={viewBox.x} cy={viewBox.y + 4} r={4} fill={color} />
    </g>
  );
}

/** For a team, how many profiles were exposed in each bucket (the most at any moment of it). */
export function bucketExposure(bands: readonly ExposureBand[], buckets: readonly string[], rangeEnd: string): string[] {
  return buckets.map((start, i) => {
    const end = buckets[i + 1] ?? rangeEnd;
    const overlapping = bands.filter((b) => b.from < end && b.to > start);
    if (overlapping.length === 0) return 'no';
    const most = overlapping.reduce((a, b) => (b.exposedProfiles > a.exposedProfiles ? b : a));
    return most.totalProfiles === 1 ? 'yes' : `${most.exposedProfiles} of ${most.totalProfiles} profiles`;
  });
}

const lastDay = (to: string) => new Date(Date.parse(`${to}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** The bands in words, for the summary of a chart. */
export function describeBands(bands: readonly ExposureBand[]): string {
  if (bands.length === 0) return 'No period of this range was under effective training exposure.';
  const parts = bands.map((b) => `${b.from} to ${lastDay(b.to)}${b.totalProfiles > 1 ? ` (${b.exposedProfiles} of ${b.totalProfiles} profiles)` : ''}`);
  return `Under effective training exposure (shaded): ${parts.join('; ')}.`;
}

export function describeMarkers(markers: readonly ChartMarker[]): string {
  if (markers.length === 0) return '';
  return ` Marked: ${markers.map(markerText).join('; ')}.`;
}

/** The legend items every time chart adds after its own. */
export function overlayLegend(bands: readonly ExposureBand[], markers: readonly ChartMarker[]): LegendItem[] {
  const partial = bands.some((b) => b.exposedProfiles < b.totalProfiles);
  const items: LegendItem[] = [
    bands.length
      ? { label: partial ? 'Shaded: under effective training exposure (darker: all profiles)' : 'Shaded: under effective training exposure', swatch: 'bg-indigo-500/25' }
      : { label: 'Shaded: under effective training exposure (none in this range)', swatch: 'border border-dashed border-zinc-400' },
  ];
  if (partial) items.push({ label: 'Lighter: only some profiles exposed', swatch: 'bg-indigo-500/10' });
  for (const kind of ['opt_in', 'opt_out', 'note'] as const) {
    if (markers.some((m) => m.kind === kind)) {
      items.push({ label: `${MARKER_STYLE[kind].word}${kind === 'note' ? 's' : ' changes'} (dot and dashed line)`, swatch: kind === 'note' ? 'bg-zinc-500' : kind === 'opt_in' ? 'bg-indigo-700' : 'bg-amber-700' });
    }
  }
  return items;
}

/** The markers as a list under the chart: what the dots mean, without hovering. */
export function MarkerList({ markers }: { markers: readonly ChartMarker[] }) {
  if (markers.length === 0) return null;
  return (
    <details className="text-xs text-zinc-600 dark:text-zinc-400">
      <summary className="cursor-pointer">
        {markers.length} {markers.length === 1 ? 'marker' : 'markers'}: notes and opt-in changes
      </summary>
      <ul className="mt-1 space-y-0.5">
        {markers.map((m) => (
          <li key={m.id}>
            <span className="tabular-nums">{m.day}</span> · {MARKER_STYLE[m.kind].word}: {m.label}
            {m.profileName && ` (${m.profileName})`}
            {m.note && <span className="block pl-4 text-zinc-500">{m.note}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The same tooltip look as the other charts. */
export const TOOLTIP_STYLE = {
  contentStyle: { background: 'var(--color-zinc-900)', border: 'none', borderRadius: 6, color: 'white', fontSize: 12 },
  labelStyle: { color: 'white' },
} as const;

export const AXIS_TICK = { fill: 'currentColor', fontSize: 11 } as const;

/** Whole percents, or tenths below 10% so small rates' ticks stay distinct (1.5% is not "2%"). */
export const percentTick = (v: number) => `${(v * 100).toFixed(Math.abs(v) < 0.1 && v !== 0 ? 1 : 0)}%`;

/** What every time chart of the dashboard is given besides its own series. */
export interface TimeFrame {
  bucket: Bucket;
  bands: ExposureBand[];
  markers?: ChartMarker[];
  /** The range's first day NOT included (YYYY-MM-DD): where the last bucket ends. */
  rangeEnd: string;
  /** The range as the download names it: "2025-03-01-2025-03-31". */
  period: string;
}
