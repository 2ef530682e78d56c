'use client';

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { WeeklySeries } from '@/lib/answers/analytics';
import { ANSWER_ENGINE_LABELS, type AnswerEngine } from '@/lib/answers/engines';
import type { ExposureBand } from '@/lib/dashboard/bands';
import { cell, formatCount, formatRate, Table } from '../ui';
import { ChartFrame } from './chart-frame';
import { bucketExposure, describeBands, describeMarkers, exposureAreas, MarkerList, markerLines, overlayLegend, type ChartMarker } from './time-overlays';

// One entity's mention rate or visibility per UTC week, one line per engine
// (lib/answers/analytics/weekly.ts). A week without answers of an engine is a gap in its
// line, not a 0: there was nothing to measure. Given `bands` and `markers`, it shades the
// periods of effective training exposure and marks notes and opt-in changes, as the
// dashboard's time charts do (time-overlays.tsx); without them it draws the lines alone.

export type TrendMetric = 'mentionRate' | 'avgVisibility';

const METRICS: Record<TrendMetric, { title: string; noun: string }> = {
  mentionRate: { title: 'Mention rate per week', noun: 'mention rate' },
  avgVisibility: { title: 'Average visibility per week (GEO score, 0 where not named)', noun: 'visibility' },
};

// Colour and dash per engine, so the lines differ without colour too.
const ENGINE_STYLE: Record<AnswerEngine, { stroke: string; dash?: string }> = {
  chatgpt: { stroke: '#059669' }, // emerald-600
  copilot: { stroke: '#0284c7', dash: '6 3' }, // sky-600
  gemini: { stroke: '#7c3aed', dash: '2 3' }, // violet-600
  perplexity: { stroke: '#d97706', dash: '8 3 2 3' }, // amber-600
  claude: { stroke: '#e11d48', dash: '4 4' }, // rose-600
  other: { stroke: '#71717a', dash: '1 3' }, // zinc-500
};

const DAY_MS = 86_400_000;
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

export function EngineTrendChart({
  series,
  metric,
  entityName,
  bands,
  markers = [],
  rangeEnd,
}: {
  series: WeeklySeries;
  metric: TrendMetric;
  entityName: string;
  /** The periods of effective training exposure to shade; without them, no shading (and no word of it). */
  bands?: ExposureBand[];
  /** Notes and opt-in changes of the period (lib/annotations). */
  markers?: ChartMarker[];
  /** The period's first day NOT included (YYYY-MM-DD): where the last week ends for the table. */
  rangeEnd?: string;
}) {
  const { title, noun } = METRICS[metric];
  const weeks = series.weeks.map((p) => p.week);
  const data = series.weeks.map((p) => ({
    week: p.week,
    ...Object.fromEntries(series.engines.map((e) => [e, p.engines[e]?.[metric] ?? null])),
  }));
  const first = series.weeks[0]?.week;
  const last = series.weeks[series.weeks.length - 1]?.week;
  const exposure = bands ? bucketExposure(bands, weeks, rangeEnd ?? (last ? addDays(last, 7) : '')) : null;
  // The legend's shading item only where bands were given: a chart without them says nothing of exposure.
  const legend = bands ? overlayLegend(bands, markers) : overlayLegend([], markers).slice(1);
  const summary =
    `${entityName}’s ${noun} per week from ${first} to ${last}. ` +
    series.engines
      .map((e) => {
        const measured = series.weeks.filter((p) => p.engines[e]);
        const latest = measured[measured.length - 1];
        return `${ANSWER_ENGINE_LABELS[e]}: ${measured.length} ${measured.length === 1 ? 'week' : 'weeks'} with answers, latest ${formatRate(latest?.engines[e]?.[metric])} (week of ${latest?.week})`;
      })
      .join('; ') +
    '.' +
    (bands ? ` ${describeBands(bands)}` : '') +
    describeMarkers(markers);

  const table = (
    <Table
      caption={title}
      head={['Week of', ...series.engines.map((e) => ({ label: ANSWER_ENGINE_LABELS[e], numeric: true })), ...(exposure ? ['Under training exposure'] : [])]}
    >
      {series.weeks.map((p, i) => (
        <tr key={p.week}>
          <td className={`${cell} whitespace-nowrap`}>{p.week}</td>
          {series.engines.map((e) => {
            const m = p.engines[e];
            return (
              <td key={e} className={`${cell} text-right tabular-nums`}>
                {m ? (
                  <>
                    {formatRate(m[metric])} <span className="text-xs text-zinc-500">({formatCount(m.answersMentioning)}/{formatCount(m.answers)})</span>
                  </>
                ) : (
                  '—'
                )}
              </td>
            );
          })}
          {exposure && <td className={`${cell} whitespace-nowrap`}>{exposure[i]}</td>}
        </tr>
      ))}
    </Table>
  );

  return (
    <div className="space-y-2">
      <ChartFrame title={title} summary={summary} table={table} legend={legend}>
        <LineChart responsive style={{ width: '100%', height: 240 }} data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
          {bands && exposureAreas(bands, weeks)}
          {/* Bands, not points: a shaded week covers its whole width, as on the dashboard. */}
          <XAxis dataKey="week" scale="band" tick={{ fill: 'currentColor', fontSize: 11 }} />
          <YAxis
            domain={metric === 'mentionRate' ? [0, 1] : [0, 'auto']}
            tick={{ fill: 'currentColor', fontSize: 11 }}
            tickFormatter={(v: number) => `${Math.round(v * 100)}%`}
            width={48}
          />
          <Tooltip
            contentStyle={{ background: 'var(--color-zinc-900)', border: 'none', borderRadius: 6, color: 'white', fontSize: 12 }}
            labelStyle={{ color: 'white' }}
            labelFormatter={(week) => `Week of ${String(week)}`}
            formatter={(value) => (typeof value === 'number' ? formatRate(value) : '—')}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
          {series.engines.map((e) => (
            <Line
              key={e}
              type="monotone"
              dataKey={e}
              name={ANSWER_ENGINE_LABELS[e]}
              stroke={ENGINE_STYLE[e].stroke}
              strokeDasharray={ENGINE_STYLE[e].dash}
              strokeWidth={2}
              dot={{ r: 3 }}
              isAnimationActive={false}
            />
          ))}
          {markerLines(markers, weeks)}
        </LineChart>
      </ChartFrame>
      <MarkerList markers={markers} />
    </div>
  );
}
