import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { imports, postMetrics, posts } from '@/db/schema';
import { runImport } from '@/lib/imports/run-import';
import { createProfile } from '@/lib/profiles/profiles';
import { accessAs, makeTeam } from '../../support/fixtures';

const dir = mkdtempSync(path.join(os.tmpdir(), 'optlens-import-test-'));
function file(name: string, content: string) {
  const p = path.join(dir, `${Date.now()}-${Math.random()}-${name}`);
  writeFileSync(p, content);
  return { path: p, name };
}

const id = (n: number) => ((BigInt(Date.UTC(2025, 4, 1 + n)) << 22n) + 7n).toString();
const share = (n: number, text: string) =>
  `2025-05-${String(1 + n).padStart(2, '0')} 10:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A${id(n)},${text},,,PUBLIC`;
const SHARES = ['Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility', share(0, 'First post'), share(1, '"Second, with ""quotes"""'), share(2, 'Third')].join('\r\n');

async function setup() {
  const team = await makeTeam('imports');
  const access = await accessAs(team.editor, team.workspace, 'data:write');
  const profile = await createProfile(await getDb(), access, { name: 'Ada', kind: 'member', region: 'US' });
  return { team, access, profile };
}

const postsOf = async (workspaceId: string) => (await getDb()).select().from(posts).where(eq(posts.workspaceId, workspaceId)).orderBy(posts.publishedAt);

describe('importing a file', () => {
  it('adds the posts of a Shares.csv, records the import, and adds nothing the second time', async () => {
    const { access, profile } = await setup();
    const db = await getDb();
    const first = await runImport(db, access, { source: file('Shares.csv', SHARES), profileId: profile.id });
    expect(first).toMatchObject({ format: 'linkedin-shares-csv', rowsRead: 3, added: 3, updated: 0, skipped: 0, rejected: 0, previouslyImportedAt: null });
    const stored = await postsOf(access.workspace.id);
    expect(stored.map((p) => p.text)).toEqual(['First post', 'Second, with "quotes"', 'Third']);
    const [record] = await db.select().from(imports).where(eq(imports.id, first.importId!));
    expect(record).toMatchObject({ status: 'succeeded', added: 3, checksum: first.checksum });

    const again = await runImport(db, access, { source: file('Shares (1).csv', SHARES), profileId: profile.id });
    expect(again).toMatchObject({ added: 0, updated: 0, skipped: 3, previouslyImportedAt: expect.any(String) });
    expect(await postsOf(access.workspace.id)).toHaveLength(3);
  });

  it('previews without writing anything', async () => {
    const { access, profile } = await setup();
    const preview = await runImport(await getDb(), access, { source: file('Shares.csv', SHARES), profileId: profile.id, dryRun: true });
    expect(preview).toMatchObject({ dryRun: true, importId: null, added: 3 });
    expect(preview.sample[0]).toMatchObject({ key: id(0), text: 'First post' });
    expect(await postsOf(access.workspace.id)).toHaveLength(0);
  });

  it('keeps the good rows and reports the bad ones with their row and column', async () => {
    const { access, profile } = await setup();
    const broken = `${SHARES}\r\n2025-06-01 10:00:00,https://www.linkedin.com/in/not-a-post,Oops,,,PUBLIC`;
    const result = await runImport(await getDb(), access, { source: file('Shares.csv', broken), profileId: profile.id });
    expect(result).toMatchObject({ added: 3, rejected: 1 });
    expect(result.errors[0]).toMatchObject({ row: 5, column: 'ShareLink' });
  });

  it('changes nothing when the file is not one it understands, and says what it expected', async () => {
    const { access, profile } = await setup();
    await expect(runImport(await getDb(), access, { source: file('notes.csv', 'a,b\n1,2\n'), profileId: profile.id })).rejects.toMatchObject({
      code: 'bad_request',
    });
    expect(await postsOf(access.workspace.id)).toHaveLength(0);
    const [record] = await (await getDb()).select().from(imports).where(eq(imports.workspaceId, access.workspace.id));
    expect(record).toMatchObject({ status: 'failed' });
    expect(record!.message).toBeTruthy();
  });

  it('takes newer numbers for the same post and day from an Optlens CSV, and keeps one snapshot per day', async () => {
    const { access, profile } = await setup();
    const db = await getDb();
    const url = `https://www.linkedin.com/feed/update/urn:li:activity:${id(3)}/`;
    const header = 'url,published_at,text,media_kind,captured_on,impressions,members_reached,reactions,comments,reposts,clicks,saves';
    await runImport(db, access, { source: file('a.csv', `${header}\n${url},2025-05-04T10:00:00Z,Hello,text,2025-05-10,100,80,5,1,0,,\n`), profileId: profile.id });
    await runImport(db, access, { source: file('b.csv', `${header}\n${url},2025-05-04T10:00:00Z,Hello,text,2025-05-10,120,90,6,1,0,,\n`), profileId: profile.id });
    const [post] = await postsOf(access.workspace.id);
    const snapshots = await db.select().from(postMetrics).where(eq(postMetrics.postId, post!.id));
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]).toMatchObject({ capturedOn: '2025-05-10', impressions: 120, reactions: 6 });
    expect(post).toMatchObject({ latestImpressions: 120 });
  });

  it('refuses a profile of another workspace', async () => {
    const { access } = await setup();
    const other = await setup();
    await expect(runImport(await getDb(), access, { source: file('Shares.csv', SHARES), profileId: other.profile.id })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('leaves a post that belongs to another profile where it is, and says so', async () => {
    const { access, profile } = await setup();
    const db = await getDb();
    const other = await createProfile(db, access, { name: 'Brand', kind: 'company', region: 'DE' });
    await runImport(db, access, { source: file('Shares.csv', SHARES), profileId: profile.id });
    const again = await runImport(db, access, { source: file('Shares.csv', SHARES), profileId: other.id });
    expect(again).toMatchObject({ added: 0, updated: 0, skipped: 3 });
    expect(again.notices.at(-1)!.message).toMatch(/3 post\(s\) of this file already belong to another profile/);
    expect((await postsOf(access.workspace.id)).every((p) => p.profileId === profile.id && p.exposureState === 'exposed')).toBe(true);
  });

  it('counts source rows, keeps the URN kind in links, and does not move a publish time by less than a minute', async () => {
    const { access, profile } = await setup();
    const db = await getDb();
    const header = 'url,published_at,text,media_kind,captured_on,impressions,members_reached,reactions,comments,reposts,clicks,saves';
    const row = (at: string) => `urn:li:ugcPost:${id(4)},${at},Hi,text,2025-05-10,10,,,,,,`;
    const first = await runImport(db, access, { source: file('a.csv', `${header}\n${row('2025-05-05T10:00:00Z')}\n`), profileId: profile.id });
    expect(first.rowsRead).toBe(1); // one row gave a post and its metrics
    const [post] = await postsOf(access.workspace.id);
    expect(post!.url).toContain(`urn:li:ugcPost:${id(4)}`);
    const nearly = await runImport(db, access, { source: file('b.csv', `${header}\n${row('2025-05-05T10:00:30Z')}\n`), profileId: profile.id });
    expect(nearly).toMatchObject({ added: 0, updated: 0 });
    expect((await postsOf(access.workspace.id))[0]!.publishedAt.toISOString()).toBe('2025-05-05T10:00:00.000Z');
  });

  it('imports opt-in events from the Optlens template, once, and the posts’ exposure follows', async () => {
    const { access, profile } = await setup();
    const db = await getDb();
    await runImport(db, access, { source: file('Shares.csv', SHARES), profileId: profile.id });
    const events = 'status,effective_at,note\noff,2025-05-02T00:00:00Z,Opted out\nmaybe,2025-05-03,\non,2099-01-01,Later\n';
    const result = await runImport(db, access, { source: file('events.csv', events), profileId: profile.id });
    expect(result).toMatchObject({ format: 'optlens-consent-csv', added: 1, rejected: 2 });
    expect(result.errors.map((e) => e.column)).toEqual(['status', 'effective_at']);
    const exposure = (await postsOf(access.workspace.id)).map((p) => p.exposedAtPublication);
    expect(exposure).toEqual([true, false, false]); // 1 May before the opt-out; 2 and 3 May after it
    const again = await runImport(db, access, { source: file('events.csv', events), profileId: profile.id });
    expect(again).toMatchObject({ added: 0, skipped: 1 });
    const { listConsentTimeline } = await import('@/lib/consent/events');
    const { items } = await listConsentTimeline(db, access.workspace.id, profile.id);
    expect(items.map((i) => [i.status, i.recordedVia])).toEqual([['off', 'import']]);
  });

  it('imports a creator analytics workbook: top posts with metrics, daily reach and followers; again, nothing changes', async () => {
    const { importFixtures } = await import('../../fixtures/imports/build');
    const { access, profile } = await setup();
    const db = await getDb();
    const source = { path: path.join(await importFixtures(), 'creator-content.xlsx'), name: 'Content_2026-01-01_2026-02-28_Jane.xlsx' };
    const first = await runImport(db, access, { source, profileId: profile.id });
    expect(first).toMatchObject({ format: 'linkedin-creator-analytics', rejected: 0 });
    expect(first.added).toBeGreaterThan(10);
    const { followerCounts, profileDailyReach } = await import('@/db/schema');
    expect(await db.select().from(followerCounts).where(eq(followerCounts.profileId, profile.id))).not.toHaveLength(0);
    expect(await db.select().from(profileDailyReach).where(eq(profileDailyReach.profileId, profile.id))).not.toHaveLength(0);
    const again = await runImport(db, access, { source, profileId: profile.id });
    expect(again).toMatchObject({ added: 0, updated: 0, skipped: first.added + first.updated + first.skipped });
  });
});
