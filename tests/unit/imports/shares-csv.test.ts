import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mediaKindOf, parseSharesCsv, shareText } from '@/lib/imports/shares-csv';
import { ImportFileError, type ParsedPost } from '@/lib/imports/types';
import { built, collect, committed, ofKind } from './support';

const posts2025 = [
  {
    activityId: '7458194259443771893',
    url: 'https://www.linkedin.com/feed/update/urn:li:ugcPost:7458194259443771893/',
    publishedAt: new Date('2026-05-07T16:41:18Z'),
    text: 'Excited to share our new viz!\nIt took three weeks.\n\nFeedback welcome.',
    mediaKind: 'image',
    visibility: 'MEMBER_NETWORK',
    sharedUrl: null,
  },
  {
    activityId: '7445077504820915926',
    text: 'Check out "this" article',
    mediaKind: 'article',
    visibility: 'PUBLIC',
    sharedUrl: 'https://example.com/article',
  },
  { activityId: '7438857771418903722', text: null, mediaKind: 'repost', sharedUrl: 'https://www.linkedin.com/feed/update/urn:li:activity:7391051513856449333/' },
  { activityId: '7430695425150453549', mediaKind: 'video', visibility: 'CONNECTIONS' },
];

describe('parseSharesCsv', () => {
  it.each([
    ['UTF-8 without BOM', () => Promise.resolve(committed('shares-2025.csv'))],
    ['UTF-8 with BOM', () => built('shares-2025-bom.csv')],
  ])('reads the 2025 Shares.csv in %s', async (_, source) => {
    const records = await collect(parseSharesCsv(await source()));
    const posts = ofKind(records, 'post');
    expect(posts).toHaveLength(4);
    posts2025.forEach((expected, i) => expect(posts[i]).toMatchObject(expected));
    expect(posts.map((p) => p.at.row)).toEqual([2, 3, 4, 5]);
  });

  it('turns a row whose ShareLink names no post into an error with row and column', async () => {
    const records = await collect(parseSharesCsv(committed('shares-2025.csv')));
    expect(ofKind(records, 'error')).toEqual([
      {
        kind: 'error',
        message: 'ShareLink "https://www.linkedin.com/company/acme-example/" names no LinkedIn post.',
        at: { file: 'shares-2025.csv', row: 6, column: 'ShareLink' },
      },
    ]);
  });

  it('reads SharedURL/MediaURL headers and CRLF line ends, inside texts too', async () => {
    const posts = ofKind(await collect(parseSharesCsv(await built('shares-2024-crlf.csv'))), 'post');
    expect(posts.map((p) => [p.text, p.sharedUrl, p.mediaKind])).toEqual([
      ['Line one\nLine two', null, 'text'],
      ['Hello, world', 'https://example.org/post', 'article'],
    ]);
  });

  it('reads a 2018 file: UTF-16LE with BOM, tabs, a Type column and "YYYY/MM/DD HH:MM:SS UTC" dates', async () => {
    const records = await collect(parseSharesCsv(await built('shares-2018-utf16.csv')));
    expect(ofKind(records, 'notice')).toEqual([]);
    expect(ofKind(records, 'post').map((p) => [p.activityId, p.publishedAt?.toISOString(), p.text])).toEqual([
      ['6361251412181415554', '2018-01-22T17:02:03.000Z', 'Grüße aus Köln – ein Test, mit Komma'],
      ['6278494526898959072', '2017-06-08T08:15:44.000Z', 'Zweite Zeile\nund dritte'],
    ]);
  });

  it('reads a file re-saved with semicolons', async () => {
    const posts = ofKind(await collect(parseSharesCsv(committed('shares-semicolon.csv'))), 'post');
    expect(posts.map((p) => p.text)).toEqual(['Semikolon-getrennt, mit Komma', 'Ein Text; mit Semikolon']);
  });

  it('joins back texts whose every line an export wrapped in quotes', async () => {
    const posts = ofKind(await collect(parseSharesCsv(committed('shares-per-line-quoted.csv'))), 'post');
    expect(posts.map((p) => p.text)).toEqual(['First line of the post\nSecond line, with a comma\n\nLast line', '"Just a quoted single line"']);
  });

  it('dates posts of an older file from bare dates and post ids, and reports what it could not read', async () => {
    const records = await collect(parseSharesCsv(committed('shares-bare-dates.csv')));
    const posts = ofKind(records, 'post');
    expect(posts.map((p) => [p.activityId, p.publishedAt?.toISOString()])).toEqual([
      ['6973930283729600614', '2022-09-09T09:09:09.000Z'], // bare date, the id gives the time
      ['7036654095175157950', '2023-03-01T11:11:11.000Z'], // /posts/…-activity-<id>- link
      ['7036654095175157951', '2023-03-05T00:00:00.000Z'], // the id contradicts the day: the day wins
      ['7415739187202657723', '2026-01-10T13:00:00.000Z'], // no date: the id
      ['7421258052406111225', '2026-01-25T18:30:00.000Z'], // unreadable date: the id
    ]);
    expect(posts.every((p: ParsedPost) => p.mediaKind === 'text' && p.visibility === 'PUBLIC')).toBe(true);
    expect(ofKind(records, 'notice')).toEqual([
      { kind: 'notice', message: 'Columns not imported: Language.', at: { file: 'shares-bare-dates.csv', row: 1 } },
      {
        kind: 'notice',
        message: '1 row has a Date that could not be read (first: "yesterday"); the publish time was taken from the post id.',
        at: { file: 'shares-bare-dates.csv', row: 6, column: 'Date' },
      },
    ]);
  });

  it('fails with the row of a quote that never closes', async () => {
    const error = await collect(parseSharesCsv(committed('shares-unterminated.csv'))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as ImportFileError).at).toEqual({ file: 'shares-unterminated.csv', row: 3 });
  });

  it('reads an empty Shares.csv (a member who never posted) as no posts, with a word', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'optlens-shares-'));
    await writeFile(path.join(dir, 'Shares.csv'), '');
    await writeFile(path.join(dir, 'header-only.csv'), 'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\r\n');
    expect(await collect(parseSharesCsv({ path: path.join(dir, 'Shares.csv'), name: 'Shares.csv' }))).toEqual([
      { kind: 'notice', message: 'Shares.csv is empty: it holds no posts.', at: { file: 'Shares.csv' } },
    ]);
    expect(await collect(parseSharesCsv({ path: path.join(dir, 'header-only.csv'), name: 'header-only.csv' }))).toEqual([]);
  });

  it('refuses a CSV that is not a Shares.csv, naming the header it expected', async () => {
    await expect(collect(parseSharesCsv(committed('comments.csv')))).rejects.toThrow(/expected the header Date, ShareLink, ShareCommentary/);
  });
});

describe('shareText', () => {
  it.each([
    ['CRLF becomes LF', 'a\r\nb\rc', 'a\nb\nc'],
    ['per-line quotes are joined back', '"one"\r\n"two"', 'one\ntwo'],
    ['an empty wrapped line stays a blank line', '"one"\n""\n"two"', 'one\n\ntwo'],
    ['one quoted line is kept as written', '"a quote"', '"a quote"'],
    ['lines only partly quoted are kept', '"one"\ntwo', '"one"\ntwo'],
    ['outer blanks are trimmed', '  hi  \n', 'hi'],
  ])('%s', (_, raw, text) => {
    expect(shareText(raw)).toBe(text);
  });

  it('reads an empty text as none', () => {
    expect(shareText('  ')).toBeNull();
  });
});

describe('mediaKindOf', () => {
  it.each([
    [null, 'https://example.com/a', null, 'repost'],
    [null, 'https://www.linkedin.com/feed/update/urn:li:activity:7391051513856449333/', null, 'repost'],
    ['My take', 'https://www.linkedin.com/feed/update/urn:li:activity:7391051513856449333/', null, 'repost'],
    ['Read this', 'https://example.com/a', null, 'article'],
    ['Look', null, 'https://media.licdn.com/dms/image/v2/x/feedshare-shrink_800/0/1', 'image'],
    ['Watch', null, 'https://media.licdn.com/dms/video/v2/x/mp4-720p/0/1', 'video'],
    ['Slides', null, 'https://media.licdn.com/dms/document/media/v2/x/feedshare-document-pdf-analyzed/0/1', 'document'],
    ['Words', null, null, 'text'],
    [null, null, null, null],
  ])('text %j, shared %j, media %j → %j', (text, sharedUrl, mediaUrl, kind) => {
    expect(mediaKindOf(text, sharedUrl, mediaUrl)).toBe(kind);
  });
});
