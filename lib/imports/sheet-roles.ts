// What a worksheet of a LinkedIn analytics workbook is, from its tab name or, when the name is
// localized or renamed, from the shape of its first rows (FORMATS.md: "find a sheet by its
// shape, not only its name").
//
//   creator analytics   DISCOVERY     A1 `Overall Performance`, B1 `M/D/YYYY - M/D/YYYY`, label/total rows
//                       ENGAGEMENT    `Date | Impressions | Engagements`, a row per day
//                       TOP POSTS     note, blank, headers in row 3: post URLs in columns A and E
//                       FOLLOWERS     `Total followers on M/D/YYYY:` | total, blank, `Date | New followers`
//                       DEMOGRAPHICS  `Top Demographics | Value | Percentage`
//   single post         PERFORMANCE   label/value rows: `Post URL` | URL, `Impressions` | 1,234 …
//                       TOP DEMOGRAPHICS  `Category | Value | %`
//   company page        All posts / Update engagement   description row, then a wide header with `Update link`/`Post link`
//                       Metrics / Update metrics (aggregated)   description row, then `Date | Impressions (organic) | …`
import { parsePostRef } from './linkedin-urls';
import { cellText, isBlankRow, normalizeHeader, type CellValue, type TableRow } from './table';
import { dayFromCell, daysInText, parseNumberCell } from './values';

export type SheetRole =
  | 'discovery'
  | 'engagement'
  | 'top-posts'
  | 'followers'
  | 'demographics'
  | 'performance'
  | 'post-demographics'
  | 'company-posts'
  | 'company-metrics';

/** How many rows of a sheet are looked at to tell its role. */
export const SAMPLE_ROWS = 12;

const ROLE_BY_NAME: Record<string, SheetRole> = {
  discovery: 'discovery',
  engagement: 'engagement',
  topposts: 'top-posts',
  followers: 'followers',
  demographics: 'demographics',
  performance: 'performance',
  topdemographics: 'post-demographics',
  allposts: 'company-posts',
  updateengagement: 'company-posts',
  metrics: 'company-metrics',
  updatemetricsaggregated: 'company-metrics',
};

export function classifySheet(name: string, rows: readonly TableRow[]): SheetRole | null {
  return ROLE_BY_NAME[normalizeHeader(name)] ?? roleByShape(rows);
}

export function roleByShape(sample: readonly TableRow[]): SheetRole | null {
  const rows = sample.filter((r) => !isBlankRow(r.cells)).map((r) => trimEnd(r.cells));
  if (rows.length === 0) return null;
  const headers = rows.map((cells) => cells.map(normalizeHeader));
  const has = (names: string[]) => headers.some((h) => names.some((n) => h.includes(n)));

  if (rows.some((cells) => cells.filter(isPostUrl).length >= 2) || headers.some((h) => h.filter((c) => c === 'posturl').length >= 2)) {
    return 'top-posts';
  }
  if (rows.some((cells) => isPostUrl(cells[1]) && cellText(cells[0]) !== '' && !isPostUrl(cells[0]) && cells.length <= 3)) {
    return 'performance';
  }
  if (has(['updatelink', 'postlink']) || rows.some((cells) => cells.length >= 6 && cells.some(isPostUrl))) return 'company-posts';
  if (headers.some((h) => h.includes('date') && h.filter((c) => c.startsWith('impressions')).length >= 2)) return 'company-metrics';
  if (headers[0]?.[0] === 'overallperformance' || rows.some((cells) => daysInText(cellText(cells[1])).length === 2)) return 'discovery';
  const percentHeader = (cells: CellValue[]) => cells.some((c) => cellText(c) === '%' || normalizeHeader(c) === 'percentage');
  const percentRow = (cells: CellValue[]) => cells.length === 3 && typeof cells[1] === 'string' && /%\s*$/.test(cellText(cells[2]));
  if (has(['topdemographics']) || rows.some((cells) => cells.some((c) => normalizeHeader(c) === 'value') && percentHeader(cells)) || rows.some(percentRow)) {
    return 'demographics';
  }
  if (countRows(rows, (cells) => cells.length === 3 && isDate(cells[0]) && isNumber(cells[1]) && isNumber(cells[2])) >= 2) return 'engagement';
  if (headers.some((h) => h[0] === 'date' && h[1] === 'impressions' && h[2] === 'engagements')) return 'engagement';
  if (/total\s*followers/i.test(cellText(rows[0]?.[0])) || countRows(rows, (cells) => cells.length === 2 && isDate(cells[0]) && isNumber(cells[1])) >= 2) {
    return 'followers';
  }
  return null;
}

export function isPostUrl(cell: CellValue | undefined): boolean {
  const text = cellText(cell);
  return /linkedin\.com|urn:li:/i.test(text) && parsePostRef(text) !== null;
}

function isDate(cell: CellValue | undefined): boolean {
  return cell instanceof Date || (typeof cell === 'string' && dayFromCell(cell) !== undefined) || (typeof cell === 'number' && dayFromCell(cell) !== undefined);
}

function isNumber(cell: CellValue | undefined): boolean {
  const value = parseNumberCell(cell);
  return value !== undefined && !Number.isNaN(value);
}

function countRows(rows: CellValue[][], test: (cells: CellValue[]) => boolean): number {
  return rows.filter(test).length;
}

function trimEnd(cells: readonly CellValue[]): CellValue[] {
  let end = cells.length;
  while (end > 0 && cellText(cells[end - 1]) === '') end--;
  return cells.slice(0, end);
}
