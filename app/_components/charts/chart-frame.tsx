'use client';

import { useId, useState, type ReactNode } from 'react';
import { buttonClass, cell, Table } from '../ui';
import { chartCsv, formatChartCell, type ChartData } from './chart-data';

export interface LegendItem {
  label: string;
  /** Tailwind classes that colour the swatch (bg-… or border-…). */
  swatch: string;
}

/**
 * What every chart shares: a heading, the chart as one image with a summary in words for
 * screen readers, a legend, and a "show as table" switch for the exact numbers. Given `data`,
 * the table is drawn from it and a CSV download of the same rows is offered.
 */
export function ChartFrame({
  title,
  summary,
  legend,
  table,
  data,
  children,
}: {
  title: string;
  summary: string;
  legend?: LegendItem[];
  table?: ReactNode;
  data?: ChartData;
  children: ReactNode;
}) {
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  const download = () => {
    if (!data) return;
    const url = URL.createObjectURL(new Blob([chartCsv(data)], { type: 'text/csv;charset=utf-8' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: `${data.filename}.csv` });
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <figure aria-labelledby={`${id}-title`} className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <figcaption id={`${id}-title`} className="text-sm font-medium">
          {title}
        </figcaption>
        <div className="flex gap-2">
          <button type="button" className={buttonClass('secondary', 'py-1 text-xs')} aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
            {asTable ? 'Show as chart' : 'Show as table'}
          </button>
          {data && (
            <button type="button" className={buttonClass('secondary', 'py-1 text-xs')} onClick={download}>
              Download CSV<span className="sr-only"> of {title}</span>
            </button>
          )}
        </div>
      </div>
      {asTable ? (
        (table ?? (data && <DataTable caption={title} data={data} />))
      ) : (
        <>
          <div role="img" aria-label={summary} className="text-zinc-600 dark:text-zinc-400">
            {children}
          </div>
          {legend && legend.length > 0 && (
            <ul aria-label="Legend" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400">
              {legend.map((item) => (
                <li key={item.label} className="flex items-center gap-1.5">
                  <span aria-hidden className={`inline-block size-3 rounded-sm ${item.swatch}`} />
                  {item.label}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </figure>
  );
}

function DataTable({ caption, data }: { caption: string; data: ChartData }) {
  return (
    <Table caption={caption} head={data.columns.map((c) => ({ label: c.label, numeric: c.numeric }))}>
      {data.rows.map((row, i) => (
        <tr key={i}>
          {row.map((value, j) => (
            <td key={j} className={`${cell} ${data.columns[j]?.numeric ? 'text-right tabular-nums' : 'whitespace-nowrap'}`}>
              {formatChartCell(value, data.columns[j]?.format)}
            </td>
          ))}
        </tr>
      ))}
    </Table>
  );
}
