// Which format a file is, from its content only (the name is for messages):
//
//   zip magic   → `[Content_Types].xml` + `xl/workbook.xml`: a workbook, told apart by its sheets'
//                 names (DISCOVERY…, PERFORMANCE, All posts…) or, localized, their shapes
//               → any other zip: the LinkedIn data archive
//   OLE2 magic  → an old binary .xls workbook: told apart by its sheets like an .xlsx (./xls.ts)
//   text        → encoding (UTF-8 ± BOM, UTF-16 with BOM, Windows-1252) and separator sniffed,
//                 then the header row (within the first lines, after any description rows)
//                 names Shares.csv, a company content table or the Optlens template
import { HEAD_BYTES, decodeHead, headRecords, sniffEncoding, type CsvDialect, type Delimiter } from './csv-reader';
import { isCompanyContentHeader } from './company-content';
import { isOle2Magic, isZipMagic, readHead } from './file-head';
import { isConsentHeader } from './optlens-consent-csv';
import { isOptlensHeader } from './optlens-csv';
import { isSharesHeader } from './shares-csv';
import { classifySheet, SAMPLE_ROWS, type SheetRole } from './sheet-roles';
import { normalizeHeader, type TableRow } from './table';
import { ImportFileError, type FormatId, type ImportSource } from './types';
import { readWorkbook, workbookSheetNames } from './xlsx';
import { openZip } from './zip';

export interface Detection {
  format: FormatId;
  container: 'zip' | 'xlsx' | 'csv';
  /** Text files: how the text is encoded and separated. */
  dialect?: CsvDialect;
  /** Workbooks: the sheet names, in order. */
  sheets?: string[];
}

const EXPECTED =
  'Optlens reads a LinkedIn data archive (.zip) or its Shares.csv, a creator analytics or single-post analytics export (.xlsx), ' +
  'a company page content export (.xlsx, .xls or .csv), or an Optlens template (posts or opt-in events, .csv).';

export async function detectFormat(source: ImportSource): Promise<Detection> {
  const head = await readHead(source.path, HEAD_BYTES);
  if (head.length === 0) throw new ImportFileError(`${source.name} is empty.`, { file: source.name });
  if (isOle2Magic(head)) return detectWorkbook(source);
  if (isZipMagic(head)) return detectZip(source);
  return detectText(source, head);
}

async function detectZip(source: ImportSource): Promise<Detection> {
  const zip = await openZip(source.path, source.name);
  const paths = new Set(zip.entries.map((e) => e.path));
  zip.close();
  if (!paths.has('[Content_Types].xml')) return { format: 'linkedin-archive', container: 'zip' };
  if (!paths.has('xl/workbook.xml')) throw new ImportFileError(`${source.name} is an Office document but not an Excel workbook. ${EXPECTED}`, { file: source.name });
  return detectWorkbook(source);
}

async function detectWorkbook(source: ImportSource): Promise<Detection> {
  const names = await workbookSheetNames(source.path, source.name);
  const byName = formatOfRoles(names.map((name) => classifySheet(name, [])), true);
  if (byName) return { format: byName, container: 'xlsx', sheets: names };
  const sampled = await sampleSheets(source);
  const byShape = formatOfRoles(sampled.map((s) => classifySheet(s.name, s.rows)), false);
  if (byShape) return { format: byShape, container: 'xlsx', sheets: names };
  throw new ImportFileError(`${source.name} is an Excel workbook, but its sheets (${names.join(', ') || 'none'}) are not a LinkedIn export Optlens knows. ${EXPECTED}`, {
    file: source.name,
  });
}

const CREATOR: SheetRole[] = ['discovery', 'engagement', 'top-posts', 'followers'];
const COMPANY: SheetRole[] = ['company-posts', 'company-metrics'];

/** The format a workbook's sheet roles point to. From names alone, generic ones (Metrics, demographics) do not decide. */
function formatOfRoles(roles: (SheetRole | null)[], namesOnly: boolean): FormatId | null {
  const count = (wanted: SheetRole[]) => roles.filter((r) => r !== null && wanted.includes(r)).length;
  const scores: [FormatId, number][] = [
    ['linkedin-post-analytics', count(['performance'])],
    ['linkedin-creator-analytics', count(CREATOR)],
    ['linkedin-company-content', namesOnly ? count(['company-posts']) : count(COMPANY)],
  ];
  const [best] = scores.filter(([, score]) => score > 0).sort((a, b) => b[1] - a[1]);
  return best?.[0] ?? null;
}

/** The first rows of every sheet (the rest of each sheet is not read). */
async function sampleSheets(source: ImportSource): Promise<{ name: string; rows: TableRow[] }[]> {
  const sheets: { name: string; rows: TableRow[] }[] = [];
  for await (const sheet of readWorkbook(source.path, source.name)) {
    const rows: TableRow[] = [];
    for await (const row of sheet.rows) {
      rows.push(row);
      if (rows.length >= SAMPLE_ROWS) break;
    }
    sheets.push({ name: sheet.name, rows });
  }
  return sheets;
}

function detectText(source: ImportSource, head: Buffer): Detection {
  const encoding = sniffEncoding(head);
  if (!encoding) throw new ImportFileError(`${source.name} is neither a zip, an Excel workbook nor a text file. ${EXPECTED}`, { file: source.name });
  const text = decodeHead(head, encoding.encoding);
  const formats: [FormatId, (fields: string[]) => boolean][] = [
    ['optlens-posts-csv', isOptlensHeader],
    ['optlens-consent-csv', isConsentHeader],
    ['linkedin-shares-csv', isSharesHeader],
    ['linkedin-company-content', isCompanyContentHeader],
  ];
  for (const delimiter of [',', ';', '\t'] as Delimiter[]) {
    const records = headRecords(text, delimiter);
    for (const [format, isHeader] of formats) {
      if (records.some(isHeader)) return { format, container: 'csv', dialect: { ...encoding, delimiter } };
    }
  }
  throw new ImportFileError(`${source.name} is not a file Optlens can import. ${otherFileHint(text)}${EXPECTED}`, { file: source.name, row: 1 });
}

/** A word on what the file seems to be instead, for a clearer error. */
function otherFileHint(text: string): string {
  if (/^\s*[[{]/.test(text)) return 'It looks like JSON. ';
  const delimiter: Delimiter = text.includes('\t') ? '\t' : text.split(';').length > text.split(',').length ? ';' : ',';
  const header = headRecords(text, delimiter)
    .map((fields) => fields.map(normalizeHeader).join('|'))
    .join('\n');
  const known: [RegExp, string][] = [
    [/^date\|link\|message/m, "LinkedIn's Comments.csv"],
    [/^date\|type\|link/m, "LinkedIn's Reactions.csv"],
    [/firstname\|lastname.*connectedon/m, "LinkedIn's Connections.csv"],
    [/firstname\|lastname.*headline/m, "LinkedIn's Profile.csv"],
    [/^date\|impressions\|engagements/m, 'the ENGAGEMENT sheet of a creator analytics export saved as CSV (upload the .xlsx as downloaded)'],
  ];
  const match = known.find(([pattern]) => pattern.test(header));
  return match ? `It looks like ${match[1]}, which Optlens does not import. ` : '';
}
