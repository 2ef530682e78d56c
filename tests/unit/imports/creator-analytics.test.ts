import yauzl from 'yauzl';
import { describe, expect, it } from 'vitest';
import { parseCreatorAnalytics } from '@/lib/imports/creator-analytics';
import { POST } from '@/tests/fixtures/imports/workbooks';
import { built, collect, ofKind } from './support';

async function sheetXml(file: string, entryName: string): Promise<string> {
  const zip = await yauzl.openPromise(file);
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName !== entryName) continue;
      const chunks: Buffer[] = [];
      for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    }
  } finally {
    zip.close();
  }
  throw new Error(`${entryName} not in ${file}`);
}

describe('parseCreatorAnalytics', () => {
  it('reads every row of sheets that declare <dimension ref="A1"/> as LinkedIn writes them', async () => {
    const source = await built('creator-content.xlsx');
    expect(await sheetXml(source.path, 'xl/worksheets/sheet2.xml')).toContain('<dimension ref="A1"/>');
    const daily = ofKind(await collect(parseCreatorAnalytics(source)), 'daily');
    expect(daily).toHaveLength(6);
  });

  it('reads ENGAGEMENT in any order, with float numbers and an Excel serial date', async () => {
    const daily = ofKind(await collect(parseCreatorAnalytics(await built('creator-content.xlsx'))), 'daily');
    expect(daily.map((d) => [d.day, d.impressions, d.engagements, d.at.row])).toEqual([
      ['2026-02-24', 410, 12, 2],
      ['2026-02-22', 300, 9, 3],
      ['2026-02-25', 520, 20, 4],
      ['2026-02-23', 350, 11, 5],
      ['2026-02-28', 90, 2, 6],
      ['2026-02-26', 1200, 60, 7],
    ]);
    expect(daily[0]?.at).toEqual({ file: 'creator-content.xlsx', sheet: 'ENGAGEMENT', row: 2 });
  });

  it('gives the union of both TOP POSTS tables, one metric record per post, dated by the export end', async () => {
    const records = await collect(parseCreatorAnalytics(await built('creator-content.xlsx')));
    expect(ofKind(records, 'post').map((p) => [p.activityId, p.url, p.publishedAt?.toISOString()])).toEqual([
      [POST.a, `https://www.linkedin.com/feed/update/urn:li:activity:${POST.a}/`, '2026-01-10T13:00:00.000Z'],
      [POST.b, `https://www.linkedin.com/feed/update/urn:li:ugcPost:${POST.b}/`, '2026-01-25T18:30:00.000Z'],
      [POST.c, `https://www.linkedin.com/feed/update/urn:li:share:${POST.c}/`, '2026-02-02T09:15:00.000Z'],
      [POST.d, `https://www.linkedin.com/feed/update/urn:li:activity:${POST.d}/`, '2026-02-14T12:00:00.000Z'],
    ]);
    expect(ofKind(records, 'metric').map(({ at: _at, ...metric }) => metric)).toEqual([
      { kind: 'metric', activityId: POST.a, capturedOn: '2026-02-28', engagements: 150, impressions: 8000 },
      { kind: 'metric', activityId: POST.b, capturedOn: '2026-02-28', engagements: 120, impressions: 9000 },
      { kind: 'metric', activityId: POST.c, capturedOn: '2026-02-28', engagements: 40 },
      { kind: 'metric', activityId: POST.d, capturedOn: '2026-02-28', impressions: 3000 },
    ]);
  });

  it('reads FOLLOWERS: the total on its day, new followers per day, negative ones too', async () => {
    const followers = ofKind(await collect(parseCreatorAnalytics(await built('creator-content.xlsx'))), 'followers');
    expect(followers.map(({ at: _at, ...f }) => f)).toEqual([
      { kind: 'followers', day: '2026-02-22', newFollowers: 3 },
      { kind: 'followers', day: '2026-02-23', newFollowers: -2 },
      { kind: 'followers', day: '2026-02-28', total: 1520, newFollowers: 5 },
      { kind: 'followers', day: '2026-02-24', newFollowers: 0 },
    ]);
  });

  it('reads the 2026 generation: numbers as text, date cells, a post in both tables merged', async () => {
    const records = await collect(parseCreatorAnalytics(await built('creator-aggregate-2026.xlsx')));
    expect(ofKind(records, 'daily').map((d) => [d.day, d.impressions, d.engagements])).toEqual([
      ['2026-03-03', 1204, 37],
      ['2026-03-01', 98, 0],
      ['2026-03-02', 2310, 88],
    ]);
    expect(ofKind(records, 'metric').map(({ at: _at, ...m }) => m)).toEqual([
      { kind: 'metric', activityId: POST.march, capturedOn: '2026-03-07', engagements: 57, impressions: 2345 },
    ]);
    expect(ofKind(records, 'followers').map(({ at: _at, ...f }) => f)).toEqual([
      { kind: 'followers', day: '2026-03-07', total: 1530, newFollowers: 4 },
      { kind: 'followers', day: '2026-03-06', newFollowers: -1 },
    ]);
    expect(ofKind(records, 'notice')).toEqual([]);
  });

  it('finds the sheets of a localized export by their shapes', async () => {
    const records = await collect(parseCreatorAnalytics(await built('creator-localized.xlsx')));
    expect(ofKind(records, 'daily').map((d) => [d.day, d.impressions, d.engagements, d.at.sheet])).toEqual([
      ['2026-02-22', 300, 9, 'INTERAKTIONEN'],
      ['2026-02-23', 350, 11, 'INTERAKTIONEN'],
    ]);
    expect(ofKind(records, 'metric').map((m) => [m.activityId, m.capturedOn, m.engagements, m.impressions])).toEqual([
      [POST.a, '2026-02-28', 150, undefined],
      [POST.b, '2026-02-28', undefined, 9000],
    ]);
    expect(ofKind(records, 'followers').map((f) => [f.day, f.total, f.newFollowers])).toEqual([
      ['2026-02-27', undefined, 2],
      ['2026-02-28', 1520, 5],
    ]);
    expect(ofKind(records, 'notice')).toEqual([]);
  });

  it('notes missing sheets, accepts an empty one, reads day-first dates and rejects a bad one', async () => {
    const records = await collect(parseCreatorAnalytics(await built('creator-partial.xlsx')));
    expect(ofKind(records, 'daily').map((d) => d.day)).toEqual(['2026-02-13', '2026-02-14']);
    expect(ofKind(records, 'error')).toEqual([
      { kind: 'error', message: '"not a date" is not a date.', at: { file: 'creator-partial.xlsx', sheet: 'ENGAGEMENT', row: 4, column: 'Date' } },
    ]);
    expect(ofKind(records, 'notice').map((n) => n.message)).toEqual([
      'The file has no DISCOVERY sheet, so the export period is unknown.',
      'The file has no TOP POSTS sheet, so no posts were imported.',
    ]);
    expect(ofKind(records, 'followers')).toEqual([]);
  });
});
