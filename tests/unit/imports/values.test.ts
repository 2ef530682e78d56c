import { describe, expect, it } from 'vitest';
import { dayFromCell, dayOrderOf, daysInText, parseCountCell, parseDateTimeText, parseNumberCell, publishTime } from '@/lib/imports/values';

describe('parseNumberCell', () => {
  it.each([
    [1234, 1234],
    [857000.0, 857000],
    ['857000.0', 857000],
    ['123,117', 123117],
    ['1,234,567', 1234567],
    ['1 234', 1234],
    ['1\u00a0234', 1234],
    ["1'234", 1234],
    ['12,5', 12.5],
    ['-2', -2],
    ['\u22122', -2],
    ['12%', 12],
    ['< 1%', 0.5],
    ['0.4%', 0.4],
  ])('reads %j as %j', (cell, value) => {
    expect(parseNumberCell(cell)).toBe(value);
  });

  it.each([[''], ['  '], [null], [undefined], ['-']])('reads %j as blank', (cell) => {
    expect(parseNumberCell(cell)).toBeUndefined();
  });

  it.each([['abc'], ['12 apples'], [true], [new Date()]])('flags %j as not a number', (cell) => {
    expect(parseNumberCell(cell)).toBeNaN();
  });
});

describe('parseCountCell', () => {
  it.each([
    ['1.200', 1200],
    ['1,200', 1200],
    ['4.200.000', 4200000],
    [42, 42],
    ['0', 0],
  ])('reads %j as the count %j', (cell, value) => {
    expect(parseCountCell(cell)).toBe(value);
  });

  it.each([['-3'], ['1.5'], [2.5], ['< 1%']])('refuses %j as a count', (cell) => {
    expect(parseCountCell(cell)).toBeNaN();
  });
});

describe('parseDateTimeText', () => {
  it.each([
    ['2026-05-07 16:41:18', '2026-05-07T16:41:18.000Z', true],
    ['2026-05-07T16:41:18Z', '2026-05-07T16:41:18.000Z', true],
    ['2026-05-07T18:41:18+02:00', '2026-05-07T16:41:18.000Z', true],
    ['2017/06/08 08:15:44 UTC', '2017-06-08T08:15:44.000Z', true],
    ['2022-09-09', '2022-09-09T00:00:00.000Z', false],
    ['5/7/2026', '2026-05-07T00:00:00.000Z', false],
    ['05/07/2026', '2026-05-07T00:00:00.000Z', false],
    ['13/2/2026', '2026-02-13T00:00:00.000Z', false],
    ['07.05.2026', '2026-05-07T00:00:00.000Z', false],
    ['5/7/2026 4:41 PM', '2026-05-07T16:41:00.000Z', true],
    ['May 7, 2026', '2026-05-07T00:00:00.000Z', false],
    ['7 May 2026', '2026-05-07T00:00:00.000Z', false],
  ])('reads %j', (text, iso, hasTime) => {
    const parsed = parseDateTimeText(text);
    expect(parsed?.date.toISOString()).toBe(iso);
    expect(parsed?.hasTime).toBe(hasTime);
  });

  it('reads 3/4/2026 day first when asked', () => {
    expect(parseDateTimeText('3/4/2026', 'dmy')?.date.toISOString()).toBe('2026-04-03T00:00:00.000Z');
  });

  it.each([['yesterday'], ['2026-02-30'], ['2026-13-01'], ['12/12'], ['']])('refuses %j', (text) => {
    expect(parseDateTimeText(text)).toBeUndefined();
  });
});

describe('dayFromCell', () => {
  it.each([
    ['a date cell', new Date(Date.UTC(2026, 2, 3)), '2026-03-03'],
    ['an Excel serial number', 46078, '2026-02-25'],
    ['an Excel serial as text', '46078', '2026-02-25'],
    ['M/D/YYYY text', '2/24/2026', '2026-02-24'],
    ['ISO text', '2026-02-24', '2026-02-24'],
  ])('reads %s', (_, cell, day) => {
    expect(dayFromCell(cell)).toBe(day);
  });

  it('takes no small number for a date', () => {
    expect(dayFromCell(410)).toBeUndefined();
  });
});

describe('dayOrderOf', () => {
  it('votes month first unless a first part exceeds 12', () => {
    expect(dayOrderOf(['1/2/2026', '2/14/2026'])).toBe('mdy');
    expect(dayOrderOf(['1/2/2026', '14/2/2026'])).toBe('dmy');
    expect(dayOrderOf(['1/2/2026'])).toBe('mdy');
  });
});

describe('daysInText', () => {
  it('finds the days of a label or a range', () => {
    expect(daysInText('Total followers on 2/28/2026:')).toEqual(['2026-02-28']);
    expect(daysInText('1/1/2026 - 2/28/2026')).toEqual(['2026-01-01', '2026-02-28']);
  });
});

describe('publishTime', () => {
  const id = ((BigInt(Date.parse('2026-05-07T16:41:18Z')) << 22n) | 5n).toString();
  const day = (iso: string) => ({ date: new Date(`${iso}T00:00:00Z`), hasTime: false });

  it('keeps a full date-time', () => {
    const given = { date: new Date('2026-05-07T10:00:00Z'), hasTime: true };
    expect(publishTime(given, id)?.toISOString()).toBe('2026-05-07T10:00:00.000Z');
  });

  it('takes the id time for a bare day that matches it, give or take a time zone', () => {
    expect(publishTime(day('2026-05-07'), id)?.toISOString()).toBe('2026-05-07T16:41:18.000Z');
    expect(publishTime(day('2026-05-08'), id)?.toISOString()).toBe('2026-05-07T16:41:18.000Z');
  });

  it('keeps a bare day the id contradicts, at midnight UTC', () => {
    expect(publishTime(day('2026-05-20'), id)?.toISOString()).toBe('2026-05-20T00:00:00.000Z');
  });

  it('falls back to the id, or to nothing for an id that holds no time', () => {
    expect(publishTime(undefined, id)?.toISOString()).toBe('2026-05-07T16:41:18.000Z');
    expect(publishTime(undefined, '1234567890123456')).toBeNull();
  });
});
