'use client';

import { useId, useState, type ReactNode } from 'react';
import { buttonClass } from '../ui';

export interface LegendItem {
  label: string;
  /** Tailwind classes that colour the swatch (bg-… or border-…). */
  swatch: string;
}

/**
 * What every chart shares: a heading, the chart as one image with a summary in words for
 * screen readers, a legend, and a "show as table" switch for the exact numbers.
 */
export function ChartFrame({
  title,
  summary,
  legend,
  table,
  children,
}: {
  title: string;
  summary: string;
  legend?: LegendItem[];
  table: ReactNode;
  children: ReactNode;
}) {
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  return (
    <figure aria-labelledby={`${id}-title`} className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <figcaption id={`${id}-title`} className="text-sm font-medium">
          {title}
        </figcaption>
        <button type="button" className={buttonClass('secondary', 'py-1 text-xs')} aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
          {asTable ? 'Show as chart' : 'Show as table'}
        </button>
      </div>
      {asTable ? (
        table
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
