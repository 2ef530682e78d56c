'use client';

import { ComposedChart, Line, ReferenceArea, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { ExposureState, ToggleStatus } from '@/lib/consent/exposure';
import { EXPOSURE_STATES } from '../exposure';
import { cell, Table } from '../ui';
import { ChartFrame, type LegendItem } from './chart-frame';

/** One span of lib/consent/exposure.ts's timeline, as plain data for the client. */
export interface TimelineSpan {
  from: string | null;
  to: string | null;
  state: ExposureState;
  toggle: ToggleStatus | null;
  toggleFrom: 'event' | 'default' | null;
  rule: { id: string; label: string; startUnconfirmed: boolean } | null;
}

const STATE_STYLE: Record<ExposureState, { fill: string; text: string; swatch: string }> = {
  exposed: { fill: 'fill-indigo-600', text: 'fill-white', swatch: 'bg-indigo-600' },
  opted_out: { fill: 'fill-zinc-300 dark:fill-zinc-600', text: 'fill-zinc-900 dark:fill-white', swatch: 'bg-zinc-300 dark:bg-zinc-600' },
  exempt: { fill: 'fill-emerald-300 dark:fill-emerald-700', text: 'fill-zinc-900 dark:fill-white', swatch: 'bg-emerald-300 dark:bg-emerald-700' },
  no_setting: { fill: 'fill-amber-100 dark:fill-amber-900', text: 'fill-zinc-900 dark:fill-white', swatch: 'bg-amber-100 dark:bg-amber-900' },
};
const TOGGLE_STYLE = {
  on: { fill: 'fill-indigo-200 dark:fill-indigo-900', swatch: 'bg-indigo-200 dark:bg-indigo-900' },
  off: { fill: 'fill-zinc-200 dark:fill-zinc-700', swatch: 'bg-zinc-200 dark:bg-zinc-700' },
};
const RULE_FILLS = ['fill-zinc-100 dark:fill-zinc-800', 'fill-zinc-200 dark:fill-zinc-700'];
const PLAIN_TEXT = 'fill-zinc-900 dark:fill-zinc-100';

// Three lanes on one time axis: what the toggle said, which region rule applied, and the
// resulting exposure (toggle ON and region not exempt).
const LANES = { exposure: [0, 1], rule: [1.2, 2.2], toggle: [2.4, 3.4] } as const;
const LANE_NAMES: Record<string, string> = { '0.5': 'Exposure', '1.7': 'Region rule', '2.9': 'Toggle' };

interface Segment {
  key: string;
  lane: keyof typeof LANES;
  x1: number;
  x2: number;
  text: string;
  fill: string;
  textClass: string;
}

const day = (t: number | string) => new Date(t).toISOString().slice(0, 10);
const monthLabel = (t: number) => new Date(t).toLocaleDateString('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** Consecutive spans merged by a key (the rule, the toggle), clipped to the chart's range. */
function merge(spans: TimelineSpan[], keyOf: (s: TimelineSpan) => string | null, start: number, end: number) {
  const runs: { key: string; from: number; to: number; span: TimelineSpan }[] = [];
  for (const s of spans) {
    const key = keyOf(s);
    const from = Math.max(s.from ? Date.parse(s.from) : start, start);
    const to = Math.min(s.to ? Date.parse(s.to) : end, end);
    if (key === null || to <= from) continue;
    const last = runs[runs.length - 1];
    if (last && last.key === key && last.to === from) last.to = to;
    else runs.push({ key, from, to, span: s });
  }
  return runs;
}

function quarterTicks(start: number, end: number): number[] {
  const d = new Date(start);
  let t = Date.UTC(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / 3) * 3 + 3, 1);
  const ticks: number[] = [];
  const step = end - start > 4 * 365 * 86_400_000 ? 12 : 3;
  while (t < end) {
    ticks.push(t);
    const n = new Date(t);
    t = Date.UTC(n.getUTCFullYear(), n.getUTCMonth() + step, 1);
  }
  return ticks;
}

type Box = { x: number; y: number; width: number; height: number };

// Recharts paints its own fill attribute on areas; drawing the rect ourselves lets Tailwind's
// classes colour it, including in dark mode.
function SegmentLabel({ viewBox, text, textClass }: { viewBox?: Box; text: string; textClass: string }) {
  if (!viewBox) return null;
  const fits = Math.floor((viewBox.width - 8) / 6.4);
  if (fits < Math.min(text.length, 8)) return null;
  const shown = text.length > fits ? `${text.slice(0, fits - 1)}…` : text;
  return (
    <text x={viewBox.x + 4} y={viewBox.y + viewBox.height / 2} dominantBaseline="central" fontSize={11} className={textClass}>
      {shown}
    </text>
  );
}

export function ExposureTimelineChart({ spans, now, regionLabel }: { spans: TimelineSpan[]; now: string; regionLabel: string }) {
  const nowT = Date.parse(now);
  const starts = spans.flatMap((s) => (s.from ? [Date.parse(s.from)] : []));
  const first = starts.length ? Math.min(...starts) : nowT - 365 * 86_400_000;
  const last = Math.max(nowT, ...starts);
  const pad = Math.max((last - first) * 0.04, 7 * 86_400_000);
  const [start, end] = [first - pad, last + pad];

  const segments: Segment[] = [
    ...merge(spans, (s) => s.state, start, end).map((r) => ({
      key: `e${r.from}`, lane: 'exposure' as const, x1: r.from, x2: r.to, text: EXPOSURE_STATES[r.span.state].label,
      fill: STATE_STYLE[r.span.state].fill, textClass: STATE_STYLE[r.span.state].text,
    })),
    ...merge(spans, (s) => s.rule?.id ?? null, start, end).map((r, i) => ({
      key: `r${r.from}`, lane: 'rule' as const, x1: r.from, x2: r.to, text: r.span.rule!.label,
      fill: RULE_FILLS[i % 2]!, textClass: PLAIN_TEXT,
    })),
    ...merge(spans, (s) => (s.toggle ? `${s.toggle}-${s.toggleFrom}` : null), start, end).map((r) => ({
      key: `t${r.from}`, lane: 'toggle' as const, x1: r.from, x2: r.to,
      text: `${r.span.toggle!.toUpperCase()}${r.span.toggleFrom === 'default' ? ' (default)' : ''}`,
      fill: TOGGLE_STYLE[r.span.toggle!].fill, textClass: PLAIN_TEXT,
    })),
  ];
  const unconfirmed = merge(spans, (s) => s.rule?.id ?? null, start, end).filter((r) => r.span.rule?.startUnconfirmed);
  const shown = spans.filter((s) => s.from);
  const summary =
    `Training exposure over time (region ${regionLabel}): ` +
    (shown.length
      ? shown.map((s) => `${EXPOSURE_STATES[s.state].label} from ${day(s.from!)}${s.to ? ` to ${day(s.to)}` : ' until now'}`).join('; ')
      : 'no region rule applies, so no setting existed') +
    (unconfirmed.length ? `. The start of ${unconfirmed.length === 1 ? 'one rule' : 'some rules'} is unconfirmed.` : '.');

  const legend: LegendItem[] = [
    ...Object.entries(EXPOSURE_STATES).map(([state, v]) => ({ label: v.label, swatch: STATE_STYLE[state as ExposureState].swatch })),
    { label: 'toggle ON', swatch: TOGGLE_STYLE.on.swatch },
    { label: 'toggle OFF', swatch: TOGGLE_STYLE.off.swatch },
    ...(unconfirmed.length ? [{ label: 'rule start unconfirmed', swatch: 'border-l-2 border-dashed border-amber-600 rounded-none w-0' }] : []),
  ];

  const table = (
    <Table caption="Exposure timeline" head={['From', 'To', 'Exposure', 'Toggle', 'Region rule']}>
      {shown.map((s) => (
        <tr key={s.from}>
          <td className={`${cell} whitespace-nowrap`}>{day(s.from!)}</td>
          <td className={`${cell} whitespace-nowrap`}>{s.to ? day(s.to) : 'now'}</td>
          <td className={cell}>{EXPOSURE_STATES[s.state].label}</td>
          <td className={cell}>{s.toggle ? `${s.toggle.toUpperCase()} (${s.toggleFrom === 'default' ? 'LinkedIn’s default' : 'recorded'})` : '—'}</td>
          <td className={cell}>
            {s.rule?.label ?? 'none'}
            {s.rule?.startUnconfirmed && <span className="ml-1 text-xs text-amber-700 dark:text-amber-400">(start unconfirmed)</span>}
          </td>
        </tr>
      ))}
    </Table>
  );

  return (
    <ChartFrame title="Toggle, region rule and resulting exposure over time" summary={summary} legend={legend} table={table}>
      <ComposedChart responsive style={{ width: '100%', height: 170 }} data={[{ t: start, y: -1 }, { t: end, y: -1 }]} margin={{ top: 16, right: 12, bottom: 0, left: 0 }}>
        <XAxis dataKey="t" type="number" scale="time" domain={[start, end]} allowDataOverflow ticks={quarterTicks(start, end)} tickFormatter={monthLabel} tick={{ fill: 'currentColor', fontSize: 11 }} />
        <YAxis type="number" domain={[0, 3.4]} allowDataOverflow ticks={[0.5, 1.7, 2.9]} tickFormatter={(v: number) => LANE_NAMES[String(v)] ?? ''} tick={{ fill: 'currentColor', fontSize: 11 }} width={84} axisLine={false} tickLine={false} />
        <Line dataKey="y" stroke="none" dot={false} activeDot={false} isAnimationActive={false} legendType="none" />
        {segments.map((s) => (
          <ReferenceArea
            key={s.key}
            x1={s.x1}
            x2={s.x2}
            y1={LANES[s.lane][0]}
            y2={LANES[s.lane][1]}
            ifOverflow="hidden"
            shape={(box: Box) => <rect x={box.x} y={box.y} width={box.width} height={box.height} className={`${s.fill} stroke-white dark:stroke-zinc-900`} strokeWidth={1} />}
            label={<SegmentLabel text={s.text} textClass={s.textClass} />}
          />
        ))}
        {unconfirmed.map((r) => (
          <ReferenceLine key={`u${r.from}`} x={r.from} ifOverflow="hidden" stroke="#d97706" strokeDasharray="4 3" strokeWidth={2} label={{ value: 'start unconfirmed', position: 'insideTopLeft', fontSize: 11, fill: 'currentColor', offset: -14 }} />
        ))}
        <ReferenceLine x={nowT} ifOverflow="hidden" stroke="currentColor" strokeDasharray="2 2" label={{ value: 'today', position: 'top', fontSize: 11, fill: 'currentColor' }} />
      </ComposedChart>
    </ChartFrame>
  );
}
