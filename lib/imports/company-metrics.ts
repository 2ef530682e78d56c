// The daily totals sheet of a company page content export: `Metrics` (older: `Update metrics
// (aggregated)`), a description row, then `Date | Impressions (organic) | Impressions
// (sponsored) | Impressions (total) | Unique impressions (organic) | Clicks (organic) | …`.
// → one daily record per day: impressions from the total column (else organic + sponsored,
// else the only impressions column), members reached from unique impressions. Engagement
// columns are rates or per-kind counts, not one total, so `engagements` is left unset.
import { cellText, isBlankRow, normalizeHeader, peek, type CellValue, type TableRow } from './table';
import type { ParsedRecord } from './types';
import { dayFromCell, dayOrderOf, parseCountCell } from './values';

export async function* companyMetricRecords(rows: AsyncIterable<TableRow>, at: { file: string; sheet: string }): AsyncGenerator<ParsedRecord> {
  const { head, all } = await peek(rows, 6);
  const header = head.find((r) => r.cells.some((c) => normalizeHeader(c) === 'date') && r.cells.some((c) => normalizeHeader(c).startsWith('impressions')));
  if (!header) {
    yield { kind: 'notice', message: `Sheet "${at.sheet}" has no Date and Impressions columns; its daily totals were not imported.`, at };
    return;
  }
  const names = header.cells.map(normalizeHeader);
  const find = (...candidates: string[]) => candidates.map((c) => names.indexOf(c)).find((i) => i >= 0);
  const dateAt = find('date')!;
  const total = find('impressionstotal', 'impressions');
  const [organic, sponsored] = [find('impressionsorganic'), find('impressionssponsored')];
  const unique = find('uniqueimpressionstotal', 'uniqueimpressions', 'uniqueimpressionsorganic', 'membersreached');
  const order = dayOrderOf(head.map((r) => r.cells[dateAt]));

  for await (const { row, cells } of all) {
    if (row <= header.row || isBlankRow(cells)) continue;
    const day = dayFromCell(cells[dateAt], order);
    if (!day) {
      yield { kind: 'error', message: `"${cellText(cells[dateAt])}" is not a date.`, at: { ...at, row, column: cellText(header.cells[dateAt]) } };
      continue;
    }
    const impressions = total !== undefined ? count(cells, total) : sum(count(cells, organic), count(cells, sponsored));
    const membersReached = count(cells, unique);
    yield {
      kind: 'daily',
      day,
      ...(impressions !== undefined && { impressions }),
      ...(membersReached !== undefined && { membersReached }),
      at: { ...at, row },
    };
  }
}

function count(cells: readonly CellValue[], column: number | undefined): number | undefined {
  if (column === undefined) return undefined;
  const value = parseCountCell(cells[column]);
  return value === undefined || Number.isNaN(value) ? undefined : value;
}

function sum(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined && b === undefined ? undefined : (a ?? 0) + (b ?? 0);
}
