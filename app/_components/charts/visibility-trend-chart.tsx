'use client';

import { useId, useState } from 'react';
import { CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { ANSWER_ENGINE_LABELS, type AnswerEngine } from '@/lib/answers/engines';
import type { VisibilityPoint } from '@/lib/dashboard/visibility';
import { EmptyState, formatRate } from '../ui';
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

// The workspace's own names in AI answers per bucket, one line per engine
// (lib/dashboard/visibility.ts). A bucket without answers of an engine is a gap in its line:
// there was nothing to measure. The switch picks which metric the lines draw.

export type VisibilityMetric = 'mentionRate' | 'shareOfVoice' | 'avgVisibility';

const METRICS: Record<VisibilityMetric, { label: string; noun: string }> = {
  mentionRate: { label: 'Mention rate', noun: 'mention rate (answers naming us / answers)' },
  shareOfVoice: { label: 'Share of voice', noun: 'share of voice (our mentions / mentions of all tracked names)' },
  avgVisibility: { label: 'Visibility score', noun: 'visibility score (GEO position-adjusted word count, 0 where not named)' },
};

// Colour and dash per engine, as on the entity page (engine-trend-chart.tsx).
const ENGINE_STYLE: Record<AnswerEngine, { stroke: string; dash?: string }> = {
  chatgpt: { stroke: '#059669' },
  copilot: { stroke: '#0284c7', dash: '6 3' },
  gemini: { stroke: '#7c3aed', dash: '2 3' },
  perplexity: { stroke: '#d97706', dash: '8 3 2 3' },
  claude: { stroke: '#e11d48', dash: '4 4' },
  other: { stroke: '#71717a', dash: '1 3' },
};

export interface VisibilitySeries {
  buckets: string[];
  engines: AnswerEngine[];
  points: VisibilityPoint[];
}

/** One row per bucket, one column per engine: what the lines draw and the table shows. */
export function visibilityRows(series: VisibilitySeries, metric: VisibilityMetric): (string | number | null)[][] {
  const byKey = new Map(series.points.map((p) => [`${p.bucket}|${p.engine}`, p]));
  return series.buckets.map((b) => [b, ...series.engines.map((e) => byKey.get(`${b}|${e}`)?.[metric] ?? null)]);
}

export function VisibilityTrendChart({ series, frame, initialMetric = 'mentionRate' }: { series: VisibilitySeries; frame: TimeFrame; initialMetric?: VisibilityMetric }) {
  const [metric, setMetric] = useState<VisibilityMetric>(initialMetric);
  const id = useId();
  if (series.points.length === 0) {
    return (
      <EmptyState title="No AI answers asked in this range">
        Record answers by hand, import them, or schedule prompts to ask the engines: mention rate, share of voice and visibility come from them.
      </EmptyState>
    );
  }
  const { label, noun } = METRICS[metric];
  const markers = frame.markers ?? [];
  const rows = visibilityRows(series, metric);
  const exposure = bucketExposure(frame.bands, series.buckets, frame.rangeEnd);
  const data: ChartData = {
    filename: `ai-visibility-${metric === 'mentionRate' ? 'mention-rate' : metric === 'shareOfVoice' ? 'share-of-voice' : 'visibility-score'}-${frame.period}`,
    columns: [
      { label: BUCKET_HEADING[frame.bucket] },
      ...series.engines.map((e) => ({ label: ANSWER_ENGINE_LABELS[e], numeric: true, format: 'percent' as const })),
      { label: 'Under training exposure' },
    ],
    rows: rows.map((row, i) => [...row, exposure[i]!]),
  };
  const chartRows = rows.map(([bucket, ...values]) => ({ bucket, ...Object.fromEntries(series.engines.map((e, i) => [e, values[i] ?? null])) }));
  const summary =
    `Our ${noun} per ${frame.bucket}, by engine. ` +
    series.engines
      .map((e) => {
        const measured = series.points.filter((p) => p.engine === e);
        const answers = measured.reduce((sum, p) => sum + p.answers, 0);
        const latest = measured[measured.length - 1];
        return `${ANSWER_ENGINE_LABELS[e]}: ${answers} ${answers === 1 ? 'answer' : 'answers'} in ${measured.length} ${measured.length === 1 ? frame.bucket : `${frame.bucket}s`}, latest ${formatRate(latest?.[metric])} (${latest?.bucket})`;
      })
      .join('; ') +
    '. ' +
    describeBands(frame.bands) +
    describeMarkers(markers);

  return (
    <div className="space-y-2">
      <fieldset className="flex flex-wrap items-center gap-3 text-sm">
        <legend className="sr-only">Metric the AI visibility chart draws</legend>
        {(Object.keys(METRICS) as VisibilityMetric[]).map((m) => (
          <label key={m} className="inline-flex items-center gap-1.5">
            <input type="radio" name={`${id}-metric`} value={m} checked={metric === m} onChange={() => setMetric(m)} className="accent-indigo-600" />
            {METRICS[m].label}
          </label>
        ))}
      </fieldset>
      <ChartFrame title={`AI visibility: ${label.toLowerCase()} per ${frame.bucket} and engine`} summary={summary} data={data} legend={overlayLegend(frame.bands, markers)}>
        <ComposedChart responsive style={{ width: '100%', height: 260 }} data={chartRows} margin={{ top: 12, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
          {exposureAreas(frame.bands, series.buckets)}
          <XAxis dataKey="bucket" scale="band" tick={AXIS_TICK} />
          <YAxis domain={metric === 'avgVisibility' ? [0, 'auto'] : [0, 1]} tick={AXIS_TICK} tickFormatter={percentTick} width={48} />
          <Tooltip {...TOOLTIP_STYLE} formatter={(value) => (typeof value === 'number' ? formatRate(value) : '—')} />
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
          {markerLines(markers, series.buckets)}
        </ComposedChart>
      </ChartFrame>
      <MarkerList markers={markers} />
    </div>
  );
}
