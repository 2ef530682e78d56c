import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Workspace } from '@/db/schema';
import { EXPORT_SOURCES, NOT_EXPORTED, OMITTED_COLUMNS, type ExportSource } from './sources';

// The README.md at the top of a workspace export. Its file and column lists are generated
// from the same sources the CSV files are written from, so the two cannot drift apart.

function columnType(column: PgColumn): string {
  const values = (column as { enumValues?: readonly string[] }).enumValues;
  if (values?.length) return `one of: ${values.join(', ')}`;
  const type = column.getSQLType();
  if (type.startsWith('timestamp')) return 'time, ISO 8601 UTC';
  if (type === 'date') return 'day, YYYY-MM-DD (UTC)';
  if (type === 'jsonb' || type === 'json') return 'JSON';
  if (type.endsWith('[]')) return `list, as a JSON array of ${type.slice(0, -2)}`;
  if (type === 'bigserial') return 'bigint';
  return type;
}

function describeFile(source: ExportSource): string {
  const rows = Object.entries(source.columns).map(([header, column]) => `| ${header} | ${columnType(column)} | ${column.notNull ? '' : 'yes'} |`);
  return [`### ${source.name}.csv`, '', source.about, '', '| column | type | may be empty |', '|---|---|---|', ...rows, ''].join('\n');
}

export function exportReadme(workspace: Pick<Workspace, 'name' | 'slug'>, exportedAt: Date): string {
  return [
    `# Optlens export of “${workspace.name}” (${workspace.slug})`,
    '',
    `Exported ${exportedAt.toISOString()}. Everything the workspace holds, one CSV file per table; the list of files and their columns follows.`,
    '',
    '## Format',
    '',
    '- UTF-8 with a byte-order mark (so that Excel reads it), comma-separated, quoted as in RFC 4180, one header row.',
    '- Times are ISO 8601 in UTC (2025-06-01T10:00:00.000Z); days are UTC days written YYYY-MM-DD.',
    '- An empty cell is no value. Booleans are true/false. JSON and list columns hold JSON text.',
    '- A text cell that starts with = + - @, a tab or a carriage return has an apostrophe (\') put in front of it, so that a spreadsheet does not run it as a formula. Remove that first apostrophe to get the original text.',
    '- Ids are UUIDs. A column ending in _id (or created_by, recorded_by, requested_by…) holds the id of a row in another file; user ids are the user_id of members.csv (a user who has left is no longer listed there).',
    '- Each file is read in pages while the export streams: a row written to the workspace during the download may appear in one file and not in another.',
    '',
    '## Left out',
    '',
    ...OMITTED_COLUMNS.map((o) => `- ${o.table}.csv has no \`${o.column}\` column: ${o.reason}.`),
    ...Object.entries(NOT_EXPORTED).map(([table, reason]) => `- The \`${table}\` table: ${reason}.`),
    '- Accounts’ password hashes and sign-in identities are never exported.',
    '',
    '## Files',
    '',
    ...EXPORT_SOURCES.map((s) => `- ${s.name}.csv: ${s.about}`),
    '',
    ...EXPORT_SOURCES.map(describeFile),
  ].join('\n');
}
