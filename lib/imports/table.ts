// Rows as every parser sees them, whether they come from a CSV file or a worksheet, and the
// tolerant header matching FORMATS.md asks for: LinkedIn renames columns between export years
// (SharedURL → SharedUrl, Update link → Post link, Shares → Reposts), so headers are compared
// after trimming, lower-casing and dropping spaces, punctuation and byte-order marks.

/** One cell: CSV fields are strings; worksheet cells keep their type. Empty is null or ''. */
export type CellValue = string | number | boolean | Date | null;

/** A row of a table; `row` is 1-based as a spreadsheet shows it, `cells[0]` is column A. */
export interface TableRow {
  row: number;
  cells: CellValue[];
}

/** The cell as trimmed text ('' when empty). */
export function cellText(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString();
  return String(cell).trim();
}

export function isBlankRow(cells: readonly CellValue[]): boolean {
  return cells.every((cell) => cellText(cell) === '');
}

/** `SharedURL`, ` sharedUrl `, `Shared_URL` → `sharedurl`. Keeps letters of every script and digits. */
export function normalizeHeader(header: CellValue | undefined): string {
  return cellText(header)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export interface ColumnMap<K extends string> {
  /** Column index of each field the header holds. */
  index: Partial<Record<K, number>>;
  /** The header text as the file spells it, per field (for error locations). */
  label: Partial<Record<K, string>>;
  /** Headers that match neither a field nor a known-but-unused column. */
  unknown: string[];
}

/**
 * Maps a header row onto fields. `fields` lists each field's accepted header spellings
 * (already normalized); `ignored` lists columns known to exist that we do not read.
 * The first column matching a field wins.
 */
export function mapColumns<K extends string>(
  header: readonly CellValue[],
  fields: Record<K, readonly string[]>,
  ignored: readonly string[] = [],
): ColumnMap<K> {
  const index: Partial<Record<K, number>> = {};
  const label: Partial<Record<K, string>> = {};
  const unknown: string[] = [];
  const keys = Object.keys(fields) as K[];
  header.forEach((cell, i) => {
    const name = normalizeHeader(cell);
    if (name === '') return;
    const key = keys.find((k) => fields[k].includes(name));
    if (key !== undefined) {
      if (index[key] === undefined) {
        index[key] = i;
        label[key] = cellText(cell);
      }
    } else if (!ignored.includes(name)) {
      unknown.push(cellText(cell));
    }
  });
  return { index, label, unknown };
}

/** The cell of `field` in `cells`, or undefined when the header has no such column. */
export function pick<K extends string>(cells: readonly CellValue[], columns: ColumnMap<K>, field: K): CellValue | undefined {
  const i = columns.index[field];
  return i === undefined ? undefined : cells[i];
}

/**
 * Reads the first `count` items of a stream without losing them: `head` holds them and
 * `all` yields them again followed by the rest. Used to find headers and classify sheets
 * before streaming on.
 */
export async function peek<T>(source: AsyncIterable<T>, count: number): Promise<{ head: T[]; all: AsyncIterable<T> }> {
  const iterator = source[Symbol.asyncIterator]();
  const head: T[] = [];
  let done = false;
  while (head.length < count) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
  }
  async function* all(): AsyncGenerator<T> {
    try {
      yield* head;
      while (!done) {
        const next = await iterator.next();
        if (next.done) done = true;
        else yield next.value;
      }
    } finally {
      // A consumer that stops early must still close the source (file handles, zip entries).
      if (!done) await iterator.return?.();
    }
  }
  return { head, all: all() };
}
