// The Optlens opt-in events template: one row per change of the profile's "Data for
// Generative AI Improvement" setting, for a history kept elsewhere (a spreadsheet, screenshots).
//   status,effective_at,note
//   off,2024-09-20T08:15:00Z,Turned off after the announcement
// status is on or off; effective_at a UTC time (2024-09-20T08:15:00Z, 2024-09-20 08:15) or day,
// not in the future; note optional. The events belong to the profile chosen for the import.
import { createReadStream } from 'node:fs';
import { readCsvRows } from './csv-reader';
import { cellText, isBlankRow, mapColumns, normalizeHeader, peek, pick, type CellValue } from './table';
import { ImportFileError, type ImportSource, type ParsedRecord } from './types';
import { parseDateTimeText } from './values';

export const OPTLENS_CONSENT_HEADER = 'status,effective_at,note';

const FIELDS = { status: ['status'], effectiveAt: ['effectiveat'], note: ['note'] } as const;

export function isConsentHeader(fields: readonly CellValue[]): boolean {
  const names = fields.map(normalizeHeader);
  return names.includes('status') && names.includes('effectiveat');
}

export function renderConsentTemplateSample(): string {
  return `${OPTLENS_CONSENT_HEADER}\noff,2024-09-20T08:15:00Z,Turned off after the announcement\non,2025-03-01,Back on to test reach\n`;
}

export async function* parseOptlensConsentCsv(source: ImportSource): AsyncGenerator<ParsedRecord> {
  const file = source.name;
  const { head, all } = await peek(readCsvRows(createReadStream(source.path), file, { isHeader: isConsentHeader }), 3);
  const header = head.find((r) => isConsentHeader(r.cells));
  if (!header) throw new ImportFileError(`${file} is not an Optlens opt-in events template: expected the header ${OPTLENS_CONSENT_HEADER}.`, { file, row: 1 });
  const columns = mapColumns(header.cells, FIELDS);
  if (columns.unknown.length > 0) yield { kind: 'notice', message: `Columns not imported: ${columns.unknown.join(', ')}.`, at: { file, row: header.row } };
  for await (const { row, cells } of all) {
    if (row <= header.row || isBlankRow(cells)) continue;
    const status = cellText(pick(cells, columns, 'status')).trim().toLowerCase();
    const when = parseDateTimeText(cellText(pick(cells, columns, 'effectiveAt')));
    if (status !== 'on' && status !== 'off') {
      yield { kind: 'error', message: `Status must be on or off, not “${status}”.`, at: { file, row, column: 'status' } };
    } else if (!when) {
      yield { kind: 'error', message: 'Give the time the change took effect, e.g. 2024-09-20T08:15:00Z.', at: { file, row, column: 'effective_at' } };
    } else if (when.date.getTime() > Date.now() + 5 * 60_000) {
      yield { kind: 'error', message: 'That is in the future: record a change once it has been made.', at: { file, row, column: 'effective_at' } };
    } else {
      const note = cellText(pick(cells, columns, 'note')).trim();
      yield { kind: 'consent', status, effectiveAt: when.date, note: note ? note.slice(0, 1000) : null, at: { file, row } };
    }
  }
}
