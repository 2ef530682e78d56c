// The numbers a chart draws, as one table: the "show as table" view and the CSV download are
// both made from it, so the download is exactly what the chart and the table show.

import { escapeFormula } from '@/lib/export/csv-cell';

export type ChartCell = string | number | null;

export interface ChartData {
  /** Download name without extension, e.g. "reach-2026-01-01-2026-03-31". */
  filename: string;
  columns: { label: string; numeric?: boolean; format?: 'count' | 'percent' | 'decimal' }[];
  rows: ChartCell[][];
}

/** RFC 4180 CSV; cells a spreadsheet would run as formulas are prefixed with a quote. */
export function chartCsv(data: ChartData): string {
  const field = (value: ChartCell) => {
    if (value === null) return '';
    const text = typeof value === 'string' ? escapeFormula(value) : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [data.columns.map((c) => field(c.label)), ...data.rows.map((row) => row.map(field))].map((line) => line.join(',')).join('\r\n') + '\r\n';
}

export function formatChartCell(value: ChartCell, format?: 'count' | 'percent' | 'decimal'): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  if (format === 'percent') return `${(value * 100).toFixed(1)}%`;
  if (format === 'decimal') return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return value.toLocaleString('en-US', { maximumFractionDigits: 0 });
}
