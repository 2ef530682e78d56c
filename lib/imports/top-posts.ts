// The TOP POSTS sheet of a creator analytics export: a note in row 1, a blank row, headers in
// row 3, then two side-by-side top-50 tables, `Post URL | Post publish date | Engagements` in
// columns A–C and `Post URL | Post publish date | Impressions` in E–G. A post often sits in
// both (50 + 50 rows can name 60 posts): the union is the set of posts, and a post in both
// gives one metric record with both numbers. Tables are found by their headers; when those
// are localized, by the columns holding post URLs (engagements first, as LinkedIn orders them).
import { canonicalPostUrl, parsePostRef, type PostRef } from './linkedin-urls';
import { isPostUrl } from './sheet-roles';
import { cellText, normalizeHeader, type CellValue, type TableRow } from './table';
import type { ParsedRecord, SourceLocation } from './types';
import { dayFromCell, parseCountCell, publishTime } from './values';

type Measure = 'engagements' | 'impressions';

interface Table {
  urlColumn: number;
  measure: Measure;
  /** Column headers as the file spells them, for error locations. */
  label: string;
  measureLabel: string;
}

interface TopPost {
  ref: PostRef;
  publishDay?: string;
  engagements?: number;
  impressions?: number;
  at: SourceLocation;
}

export class TopPostsCollector {
  private readonly posts = new Map<string, TopPost>();

  /** Reads the sheet's rows; yields only error records, posts come from `records()` at the end. */
  async *read(rows: AsyncIterable<TableRow>, at: { file: string; sheet: string }): AsyncGenerator<ParsedRecord> {
    let tables: Table[] | undefined;
    for await (const { row, cells } of rows) {
      const fromHeader = tablesFromHeader(cells);
      if (fromHeader.length > 0) {
        tables = fromHeader;
        continue;
      }
      tables ??= tablesFromUrls(cells);
      for (const table of tables ?? []) {
        const error = this.add(cells, table, { ...at, row });
        if (error) yield error;
      }
    }
  }

  /** A post and a metric record per post of both tables, the metrics as of `capturedOn`. */
  *records(capturedOn: string): Generator<ParsedRecord> {
    for (const post of this.posts.values()) {
      const given = post.publishDay ? { date: new Date(`${post.publishDay}T00:00:00Z`), hasTime: false } : undefined;
      yield {
        kind: 'post',
        activityId: post.ref.id,
        url: canonicalPostUrl(post.ref.id, post.ref.kind),
        publishedAt: publishTime(given, post.ref.id),
        text: null,
        mediaKind: null,
        visibility: null,
        sharedUrl: null,
        at: post.at,
      };
      yield {
        kind: 'metric',
        activityId: post.ref.id,
        capturedOn,
        ...(post.engagements !== undefined && { engagements: post.engagements }),
        ...(post.impressions !== undefined && { impressions: post.impressions }),
        at: post.at,
      };
    }
  }

  private add(cells: CellValue[], table: Table, at: SourceLocation): ParsedRecord | undefined {
    const url = cellText(cells[table.urlColumn]);
    if (url === '') return undefined;
    const ref = parsePostRef(url);
    if (!ref) return { kind: 'error', message: `"${url}" is not a LinkedIn post URL.`, at: { ...at, column: table.label } };
    const value = parseCountCell(cells[table.urlColumn + 2]);
    if (value !== undefined && Number.isNaN(value)) {
      const text = cellText(cells[table.urlColumn + 2]);
      return { kind: 'error', message: `"${text}" is not a count.`, at: { ...at, column: table.measureLabel } };
    }
    const post = this.posts.get(ref.id) ?? { ref, at };
    post.publishDay ??= dayFromCell(cells[table.urlColumn + 1]);
    if (value !== undefined) post[table.measure] = Math.max(post[table.measure] ?? 0, value);
    this.posts.set(ref.id, post);
    return undefined;
  }
}

function tablesFromHeader(cells: readonly CellValue[]): Table[] {
  const tables: Table[] = [];
  cells.forEach((cell, column) => {
    if (normalizeHeader(cell) !== 'posturl') return;
    const measureHeader = normalizeHeader(cells[column + 2]);
    const measure: Measure = measureHeader.includes('impression') ? 'impressions' : measureHeader.includes('engagement') ? 'engagements' : defaultMeasure(tables.length);
    tables.push({ urlColumn: column, measure, label: cellText(cell), measureLabel: cellText(cells[column + 2]) || measure });
  });
  return tables;
}

// Without readable headers, the layout FORMATS.md describes: engagements in A–C, impressions in E–G.
function tablesFromUrls(cells: readonly CellValue[]): Table[] | undefined {
  if (!cells.some(isPostUrl)) return undefined;
  return [
    { urlColumn: 0, measure: 'engagements', label: 'A', measureLabel: 'C' },
    { urlColumn: 4, measure: 'impressions', label: 'E', measureLabel: 'G' },
  ];
}

function defaultMeasure(tableIndex: number): Measure {
  return tableIndex === 0 ? 'engagements' : 'impressions';
}
