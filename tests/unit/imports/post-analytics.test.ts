import { describe, expect, it } from 'vitest';
import { parsePostAnalytics } from '@/lib/imports/post-analytics';
import { POST } from '@/tests/fixtures/imports/workbooks';
import { built, collect } from './support';

describe('parsePostAnalytics', () => {
  it('gives one post and one metric record from the PERFORMANCE label/value rows', async () => {
    const records = await collect(parsePostAnalytics(await built('post-analytics.xlsx'), { asOf: '2026-05-20' }));
    const at = { file: 'post-analytics.xlsx', sheet: 'PERFORMANCE', row: 1 };
    expect(records).toEqual([
      {
        kind: 'post',
        activityId: POST.single,
        url: `https://www.linkedin.com/feed/update/urn:li:activity:${POST.single}/`,
        publishedAt: new Date('2026-05-07T16:41:18Z'),
        text: null,
        mediaKind: null,
        visibility: null,
        sharedUrl: null,
        at,
      },
      {
        kind: 'metric',
        activityId: POST.single,
        capturedOn: '2026-05-20',
        // Text with thousands separators; `Reaction` singular for 1; no Reposts row means 0;
        // the Highlights block's `Reactions 999` is a period's figure, not the total.
        impressions: 123117,
        membersReached: 45678,
        reactions: 1,
        comments: 7,
        reposts: 0,
        saves: 2,
        at,
      },
    ]);
  });

  it('imports only the post of a translated export, whose metric labels it cannot read', async () => {
    const records = await collect(parsePostAnalytics(await built('post-analytics-localized.xlsx')));
    expect(records.map((r) => r.kind)).toEqual(['post', 'notice']);
    expect(records[0]).toMatchObject({ kind: 'post', activityId: POST.single, publishedAt: new Date('2026-05-07T16:41:18Z') });
    expect(records[1]).toMatchObject({ message: expect.stringMatching(/labels were not recognised/) });
  });

  it('refuses a workbook without a PERFORMANCE sheet', async () => {
    await expect(collect(parsePostAnalytics(await built('not-linkedin.xlsx')))).rejects.toThrow(/has no PERFORMANCE sheet/);
  });
});
