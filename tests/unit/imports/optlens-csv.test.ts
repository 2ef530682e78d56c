import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOptlensCsv } from '@/lib/imports/optlens-csv';
import { OPTLENS_POSTS_COLUMNS, OPTLENS_POSTS_COLUMN_DOCS, OPTLENS_POSTS_HEADER, renderPostsTemplateSample } from '@/lib/imports/optlens-template';
import { collect, committed, ofKind } from './support';

describe('the Optlens posts template', () => {
  it('documents every column', () => {
    expect(Object.keys(OPTLENS_POSTS_COLUMN_DOCS)).toEqual([...OPTLENS_POSTS_COLUMNS]);
    expect(OPTLENS_POSTS_HEADER).toBe('url,published_at,text,media_kind,captured_on,impressions,members_reached,reactions,comments,reposts,clicks,saves');
  });

  it('offers a sample that imports without a problem', async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'optlens-template-')), 'optlens-sample.csv');
    await writeFile(file, renderPostsTemplateSample());
    const records = await collect(parseOptlensCsv({ path: file, name: 'optlens-sample.csv' }));
    expect(records.filter((r) => r.kind === 'error' || r.kind === 'notice')).toEqual([]);
    expect(ofKind(records, 'post')).toHaveLength(2);
    expect(ofKind(records, 'metric').map((m) => [m.capturedOn, m.impressions])).toEqual([
      ['2026-05-14', 12840],
      ['2026-05-21', 15102],
    ]);
    expect(ofKind(records, 'post')[0]?.text).toBe('Three things we learned shipping our first data product:\n1. Ship small\n2. Measure "reach", not likes');
  });
});

describe('parseOptlensCsv', () => {
  it('gives posts once, metrics per captured day, and an error per bad cell', async () => {
    const records = await collect(parseOptlensCsv(committed('optlens-posts.csv')));
    const summary = records.map((r) =>
      r.kind === 'post' ? ['post', r.at.row, r.activityId, r.publishedAt?.toISOString(), r.mediaKind]
      : r.kind === 'metric' ? ['metric', r.at.row, r.capturedOn, r.impressions, r.reactions]
      : [r.kind, r.at.row, r.at.column],
    );
    expect(summary).toEqual([
      ['post', 2, '7458194259443771893', '2026-05-07T16:41:18.000Z', 'text'],
      ['metric', 2, '2026-05-14', 12840, 214],
      ['metric', 3, '2026-05-21', 15102, 240],
      ['post', 4, '7445077504820915926', '2026-04-01T12:00:00.000Z', 'article'],
      ['error', 5, 'media_kind'],
      ['post', 5, '7438857771418903722', '2026-03-15T08:05:00.000Z', null],
      ['error', 5, 'reactions'],
      ['metric', 5, '2026-03-20', 100, undefined],
      ['error', 6, 'url'],
      ['post', 7, '7430695425150453549', '2026-02-20T19:30:45.000Z', null],
      ['error', 7, 'captured_on'],
    ]);
  });
});
