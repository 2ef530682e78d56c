// Numbers and dates as LinkedIn files write them.
//
// Numbers: real numbers (Content_… 2023), floats (`857000.0`), text with thousands separators
// (`"123,117"` in PostAnalytics_…), text everywhere in AggregateAnalytics_… (2026) including
// `< 1%`; European Excel re-saves give `1.234` or `1 234`.
// Dates: `YYYY-MM-DD HH:MM:SS` (Shares.csv, UTC), bare `YYYY-MM-DD` (older Shares.csv),
// `2017/06/08 08:15:44 UTC` (2018 archives), `M/D/YYYY` text (analytics sheets), Excel serial
// numbers (some analytics files), real date cells (files re-saved in Excel), `Jan 15, 2025`.
// Every day is a UTC calendar day `YYYY-MM-DD`, as the importer stores days.
import { isValid, parse as parseWithPattern } from 'date-fns';
import { plausibleIdTime } from './linkedin-urls';
import { cellText, type CellValue } from './table';

/** A number from a cell; undefined when blank, NaN when the cell holds something else. `< 1%` reads as 0.5 (percent). */
export function parseNumberCell(cell: CellValue | undefined): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : Number.NaN;
  if (typeof cell === 'boolean' || cell instanceof Date) return Number.NaN;
  const text = cellText(cell)
    .replace(/[\s\u00a0\u202f]+/g, '')
    .replace(/^\u2212/, '-');
  if (text === '' || text === '-' || text === '–') return undefined;
  const percent = /^(<|>|≤|≥)?=?(.+)%$/.exec(text);
  if (percent?.[2]) {
    const value = plainNumber(percent[2]);
    return percent[1] === '<' || percent[1] === '≤' ? value / 2 : value;
  }
  return plainNumber(text);
}

function plainNumber(text: string): number {
  if (/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(text)) return Number(text);
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) return Number(text.replace(/,/g, ''));
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) return Number(text.replace(/\./g, '').replace(',', '.'));
  if (/^-?\d{1,3}('\d{3})+(\.\d+)?$/.test(text)) return Number(text.replace(/'/g, ''));
  if (/^-?\d+,\d+$/.test(text)) return Number(text.replace(',', '.'));
  return Number.NaN;
}

/** A whole count ≥ 0 (reactions, impressions…); undefined when blank, NaN when not a count. */
export function parseCountCell(cell: CellValue | undefined): number | undefined {
  // A count has no decimals, so `1.200` and `1,200` are both twelve hundred (European and US Excel).
  const grouped = typeof cell === 'string' ? /^\s*(-?\d{1,3}(?:[.,]\d{3})+)\s*$/.exec(cell) : null;
  const value = grouped?.[1] ? Number(grouped[1].replace(/[.,]/g, '')) : parseNumberCell(cell);
  if (value === undefined) return undefined;
  return Number.isInteger(value) && value >= 0 ? value : Number.NaN;
}

/** How to read `3/4/2026`: LinkedIn writes month first; day first is voted in by a day above 12. */
export type DayOrder = 'mdy' | 'dmy';

export interface ParsedTime {
  date: Date;
  /** False for a bare date: `date` is then that day's UTC midnight. */
  hasTime: boolean;
}

const ISO_LIKE =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/i;
const YEAR_LAST =
  /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?)?\s*(Z|UTC|GMT)?$/i;
const NAMED_MONTH_PATTERNS = ['MMM d, yyyy', 'MMMM d, yyyy', 'MMM d yyyy', 'd MMM yyyy', 'd MMMM yyyy', 'EEE, MMM d, yyyy'];

/** A date or date-time written as text; times without a zone are UTC (as in Shares.csv). */
export function parseDateTimeText(text: string, order: DayOrder = 'mdy'): ParsedTime | undefined {
  const value = text.trim();
  const iso = ISO_LIKE.exec(value);
  if (iso) {
    const [, y, m, d, hh, mm, ss, frac, zone] = iso;
    const ms = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0;
    const date = utc(+y!, +m!, +d!, Number(hh ?? 0), Number(mm ?? 0), Number(ss ?? 0), ms);
    if (!date) return undefined;
    return { date: new Date(date.getTime() - zoneOffsetMs(zone)), hasTime: hh !== undefined };
  }
  const yearLast = YEAR_LAST.exec(value);
  if (yearLast) {
    const [, a, separator, b, y, hh, mm, ss, ampm] = yearLast;
    const dayFirst = separator === '.' || +a! > 12 || (order === 'dmy' && +b! <= 12);
    let hours = Number(hh ?? 0);
    if (ampm) hours = (hours % 12) + (ampm.toUpperCase() === 'PM' ? 12 : 0);
    const date = dayFirst ? utc(+y!, +b!, +a!, hours, Number(mm ?? 0), Number(ss ?? 0)) : utc(+y!, +a!, +b!, hours, Number(mm ?? 0), Number(ss ?? 0));
    return date ? { date, hasTime: hh !== undefined } : undefined;
  }
  if (/[a-z]{3}/i.test(value)) {
    for (const pattern of NAMED_MONTH_PATTERNS) {
      const local = parseWithPattern(value, pattern, new Date(2000, 0, 1));
      if (isValid(local)) {
        const date = utc(local.getFullYear(), local.getMonth() + 1, local.getDate());
        return date ? { date, hasTime: false } : undefined;
      }
    }
  }
  return undefined;
}

/** A UTC day `YYYY-MM-DD` from a date cell, an Excel serial number, or date text. */
export function dayFromCell(cell: CellValue | undefined, order: DayOrder = 'mdy'): string | undefined {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : toDay(cell);
  if (typeof cell === 'number') return excelSerialDay(cell);
  const text = cellText(cell);
  if (/^\d{4,5}(\.\d+)?$/.test(text)) return excelSerialDay(Number(text));
  const parsed = parseDateTimeText(text, order);
  return parsed ? toDay(parsed.date) : undefined;
}

/** Votes the day order of a column of date texts: a first part above 12 means day first. */
export function dayOrderOf(cells: Iterable<CellValue | undefined>): DayOrder {
  for (const cell of cells) {
    const match = /^(\d{1,2})\/(\d{1,2})\/\d{4}/.exec(cellText(cell));
    if (match && +match[1]! > 12) return 'dmy';
    if (match && +match[2]! > 12) return 'mdy';
  }
  return 'mdy';
}

/** All `M/D/YYYY`-like dates written in a text such as `Total followers on 5/7/2026:` or `1/1/2026 - 3/31/2026`. */
export function daysInText(text: string, order: DayOrder = 'mdy'): string[] {
  const found = text.match(/\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{4}/g) ?? [];
  return found.flatMap((part) => {
    const parsed = parseDateTimeText(part, order);
    return parsed ? [toDay(parsed.date)] : [];
  });
}

// Excel counts days from 1899-12-30 (1900 date system); serials 20000–80000 span 1954–2119,
// which keeps small numbers (a count in the wrong column) from passing as dates.
function excelSerialDay(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 20_000 || serial > 80_000) return undefined;
  return toDay(new Date(Math.round((serial - 25_569) * 86_400_000)));
}

/**
 * A post's publish time from what its file says and its id. A full date-time wins; a bare day
 * (older Shares.csv, TOP POSTS, PERFORMANCE) gives way to the id's time when that falls within
 * the day give or take a time zone, since the id is exact; no date at all falls back to the id.
 */
export function publishTime(given: ParsedTime | undefined, activityId: string): Date | null {
  if (given?.hasTime) return given.date;
  const fromId = plausibleIdTime(activityId);
  if (!given) return fromId;
  const start = given.date.getTime();
  if (fromId && fromId.getTime() >= start - 86_400_000 && fromId.getTime() < start + 2 * 86_400_000) return fromId;
  return given.date;
}

export function toDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function todayUtc(): string {
  return toDay(new Date());
}

export function isDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && parseDateTimeText(text) !== undefined;
}

function utc(y: number, m: number, d: number, hh = 0, mm = 0, ss = 0, ms = 0): Date | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31 || hh > 23 || mm > 59 || ss > 60) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d, hh, mm, ss, ms));
  return date.getUTCDate() === d && date.getUTCMonth() === m - 1 ? date : undefined;
}

function zoneOffsetMs(zone: string | undefined): number {
  const match = zone ? /^([+-])(\d{2}):?(\d{2})$/.exec(zone) : null;
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return (match[1] === '-' ? -1 : 1) * minutes * 60_000;
}
