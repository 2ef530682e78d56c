import { describe, expect, it } from 'vitest';
import { parseLinkedInArchive } from '@/lib/imports/linkedin-archive';
import { ImportFileError } from '@/lib/imports/types';
import { built, collect, ofKind } from './support';

const FOLDER = 'Complete_LinkedInDataExport_05-07-2026/';

async function failure(name: string, options = {}): Promise<ImportFileError> {
  const error = await collect(parseLinkedInArchive(await built(name), options)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ImportFileError);
  return error as ImportFileError;
}

describe('parseLinkedInArchive', () => {
  it('streams the posts of Shares_<member id>.csv from a folder inside the zip', async () => {
    const records = await collect(parseLinkedInArchive(await built('archive-complete.zip')));
    const posts = ofKind(records, 'post');
    expect(posts.map((p) => p.activityId)).toEqual(['7458194259443771893', '7445077504820915926', '7438857771418903722', '7430695425150453549']);
    expect(posts[0]?.at).toEqual({ file: `${FOLDER}Shares_123456789.csv`, row: 2 });
    expect(ofKind(records, 'error')).toHaveLength(1);
  });

  it('says which other files it recognised and skipped, and ignores __MACOSX/ and dot-files', async () => {
    const notices = ofKind(await collect(parseLinkedInArchive(await built('archive-complete.zip'))), 'notice');
    expect(notices.map((n) => n.message)).toEqual([
      `${FOLDER}Comments.csv (your comments on posts) is recognised but not imported.`,
      `${FOLDER}Connections.csv (your connections) is recognised but not imported.`,
      `${FOLDER}Profile.csv (your profile) is recognised but not imported.`,
      `${FOLDER}Articles/Articles/2025-11-03 10:00:00.0-why-reach-matters.html (your articles) is recognised but not imported.`,
      `${FOLDER}Mystery.csv is not a file Optlens knows in a LinkedIn archive; skipped.`,
    ]);
  });

  it('reads a 2018-era Shares.csv in UTF-16LE with tabs inside the zip', async () => {
    const posts = ofKind(await collect(parseLinkedInArchive(await built('archive-utf16.zip'))), 'post');
    expect(posts.map((p) => p.text)).toEqual(['Grüße aus Köln – ein Test, mit Komma', 'Zweite Zeile\nund dritte']);
  });

  it('explains a basic archive without Shares.csv and lists what it holds', async () => {
    const error = await failure('archive-basic.zip');
    expect(error.message).toContain('holds no Shares.csv');
    expect(error.message).toContain('"basic" archive');
    expect(error.message).toContain('This archive holds: Profile.csv, Connections.csv, Positions.csv.');
  });

  it.each([
    ['an entry that climbs out with ../', 'archive-evil.zip', /unsafe path \(\.\.\/evil\.csv\)/],
    ['an entry with an absolute path', 'archive-absolute.zip', /unsafe path \(\/etc\/cron\.d\/evil\)/],
    ['an archive inside the archive', 'archive-nested.zip', /holds another archive \(more\/inner\.zip\)/],
    ['an entry that inflates 1000:1', 'archive-bomb.zip', /Padding\.csv inflates \d+ times its packed size .* zip bomb/],
    ['an entry larger than its header declares', 'archive-lying-size.zip', /larger than the zip declares/],
    ['a zip cut short', 'archive-truncated.zip', /not a complete zip file \(was the download cut short\?\)/],
  ])('refuses %s before importing anything', async (_, name, message) => {
    expect((await failure(name)).message).toMatch(message);
  });

  it('refuses an archive that unpacks past the total limit', async () => {
    const error = await failure('archive-complete.zip', { limits: { maxTotalBytes: 1000 } });
    expect(error.message).toMatch(/unpacks to 2 KB, more than the 1 KB accepted/);
  });
});
