import { describe, expect, it } from 'vitest';
import { parseCompanyContent } from '@/lib/imports/company-content';
import type { ParsedMetric } from '@/lib/imports/types';
import { POST } from '@/tests/fixtures/imports/workbooks';
import { built, collect, committed, ofKind } from './support';

const numbers = ({ kind: _k, at: _a, capturedOn: _c, ...rest }: ParsedMetric) => rest;

describe('parseCompanyContent', () => {
  it('keeps one row per post from All posts: Total, else Organic, else the Sponsored rows summed', async () => {
    const records = await collect(parseCompanyContent(await built('company-content.xlsx')));
    expect(ofKind(records, 'metric').map(numbers)).toEqual([
      { activityId: POST.a, impressions: 6000, clicks: 90, reactions: 90, comments: 6, reposts: 3 },
      { activityId: POST.b, impressions: 2500, clicks: 12, reactions: 70, comments: 8, reposts: 0 },
      { activityId: POST.c, impressions: 900, clicks: 9, reactions: 20, comments: 2, reposts: 1 },
      { activityId: POST.d, impressions: 500, clicks: 5, reactions: 2, comments: 1, reposts: 0 },
    ]);
    expect(ofKind(records, 'metric').every((m) => m.capturedOn === '2026-03-31')).toBe(true);
    expect(ofKind(records, 'post').map((p) => [p.text, p.mediaKind, p.publishedAt?.toISOString()])).toEqual([
      ['Spring launch', 'image', '2026-01-10T13:00:00.000Z'],
      ['Team photo', 'image', '2026-01-25T18:30:00.000Z'],
      ['Webinar', 'image', '2026-02-02T09:15:00.000Z'],
      ['Ad only', 'image', '2026-02-14T12:00:00.000Z'],
    ]);
  });

  it('reads the Metrics sheet as daily totals and reports unknown columns and bad links', async () => {
    const records = await collect(parseCompanyContent(await built('company-content.xlsx')));
    expect(ofKind(records, 'daily').map(({ at: _at, ...d }) => d)).toEqual([
      { kind: 'daily', day: '2026-03-01', impressions: 150, membersReached: 80 },
      { kind: 'daily', day: '2026-03-02', impressions: 200, membersReached: 120 },
    ]);
    expect(ofKind(records, 'notice')).toEqual([
      { kind: 'notice', message: 'Columns not imported: Boost status.', at: { file: 'company-content.xlsx', sheet: 'All posts', row: 2 } },
    ]);
    expect(ofKind(records, 'error')).toEqual([
      {
        kind: 'error',
        message: '"https://www.linkedin.com/company/acme-example/" is not a LinkedIn post link.',
        at: { file: 'company-content.xlsx', sheet: 'All posts', row: 11, column: 'Post link' },
      },
    ]);
  });

  it('reads the older generation: Update link, Update type, Shares as reposts', async () => {
    const records = await collect(parseCompanyContent(await built('company-update-engagement.xlsx'), { asOf: '2026-04-02' }));
    expect(ofKind(records, 'metric')).toEqual([
      expect.objectContaining({ activityId: POST.a, capturedOn: '2026-04-02', impressions: 321, clicks: 4, reactions: 12, comments: 1, reposts: 2 }),
    ]);
    expect(ofKind(records, 'daily').map((d) => [d.day, d.impressions])).toEqual([['2024-01-05', 50]]);
  });

  it.each([
    ['UTF-8', () => Promise.resolve(committed('company-content.csv'))],
    ['Windows-1252', () => built('company-content-cp1252.csv')],
  ])('reads the table saved as a semicolon CSV in %s, below its description row', async (_, source) => {
    const records = await collect(parseCompanyContent(await source()));
    expect(ofKind(records, 'error')).toEqual([]);
    expect(ofKind(records, 'post')[0]?.text).toBe('Unsere Jahresbilanz für Kunden');
    expect(ofKind(records, 'metric').map((m) => [m.activityId, m.capturedOn, m.impressions, m.reposts, m.at.row])).toEqual([
      ['7415739187202657723', '2026-03-31', 4200, 3, 5],
      ['7421258052406111225', '2026-03-31', 800, undefined, 6],
      ['7424017485005337404', '2026-03-31', 1200, 1, 7],
    ]);
  });

  it('reads the same export from an old binary .xls workbook, with the same posts and numbers', async () => {
    const fromXlsx = await collect(parseCompanyContent(await built('company-content.xlsx')));
    const fromXls = await collect(parseCompanyContent(await built('company-content.xls')));
    const strip = (records: typeof fromXls) => records.map(({ at: { file: _f, ...at }, ...r }) => ({ ...r, at }));
    expect(strip(fromXls)).toEqual(strip(fromXlsx));
  });
});
