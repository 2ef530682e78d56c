import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { postDayTotals, posts } from '@/db/schema';
import { runImport } from '@/lib/imports/run-import';
import { schedulerTick } from '@/lib/jobs/tick';
import { createPost, updatePost } from '@/lib/posts/posts';
import { PRIVACY_SCAN_VERSION, scanPostsPrivacyBatch } from '@/lib/posts/privacy';
import { createProfile } from '@/lib/profiles/profiles';
import { accessAs, makeTeam } from '../support/fixtures';

// Posts' privacy findings: computed when a post is written by hand, scanned in the background
// after an import, scanned again when an import changes the text; and the per-day totals the
// dashboard reads follow every change.

const dir = mkdtempSync(path.join(os.tmpdir(), 'optlens-privacy-test-'));
const file = (content: string) => {
  const p = path.join(dir, `${Date.now()}-${Math.random()}.csv`);
  writeFileSync(p, content);
  return { path: p, name: 'Shares.csv' };
};
const id = (n: number) => ((BigInt(Date.UTC(2025, 4, 1 + n)) << 22n) + 9n).toString();
const shares = (text: string) => `Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n2025-05-01 10:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A${id(0)},${text},,,PUBLIC\n`;

async function setup(label: string) {
  const team = await makeTeam(label);
  const access = await accessAs(team.editor, team.workspace, 'data:write');
  const profile = await createProfile(await getDb(), access, { name: 'Ada Lovelace', kind: 'member', region: 'US' });
  return { team, access, profile };
}

describe('a post’s privacy findings', () => {
  it('are computed when the post is written by hand, and again when its text changes', async () => {
    const { access, profile } = await setup('privacy-hand');
    const db = await getDb();
    const post = await createPost(db, access, { profileId: profile.id, url: `urn:li:activity:${id(3)}`, text: 'Write to me at ada@example.com, confidential until launch.' });
    expect(post).toMatchObject({ privacyScannedVersion: PRIVACY_SCAN_VERSION });
    expect(post.privacyScore).toBeGreaterThan(0);
    expect(post.privacyFindings!.map((f) => f.kind).sort()).toEqual(['confidential', 'email']);
    const edited = await updatePost(db, access, post.id, { profileId: profile.id, url: `urn:li:activity:${id(3)}`, text: 'Nothing personal here.' });
    expect(edited).toMatchObject({ privacyScore: 0, privacyFindings: [] });
  });

  it('are scanned in the background after an import, and scanned again when a re-import changes the text', async () => {
    const { team, access, profile } = await setup('privacy-import');
    const db = await getDb();
    await runImport(db, access, { source: file(shares('Call me on +44 20 7946 0958')), profileId: profile.id });
    const stored = async () => (await db.select().from(posts).where(eq(posts.workspaceId, team.workspace.id)))[0]!;
    expect((await stored()).privacyScannedVersion).toBe(0);
    await schedulerTick(db);
    expect(await stored()).toMatchObject({ privacyScannedVersion: PRIVACY_SCAN_VERSION, privacyFindings: [expect.objectContaining({ kind: 'phone' })] });

    await runImport(db, access, { source: file(shares('A plain post now')), profileId: profile.id });
    expect((await stored()).privacyScannedVersion).toBe(0);
    while ((await scanPostsPrivacyBatch(db)) > 0);
    expect(await stored()).toMatchObject({ privacyScore: 0, privacyScannedVersion: PRIVACY_SCAN_VERSION });
  });
});

describe('the per-day totals of posts', () => {
  it('follow inserts, metric refreshes, exposure, privacy scans and deletes', async () => {
    const { team, access, profile } = await setup('day-totals');
    const db = await getDb();
    const totals = () => db.select().from(postDayTotals).where(eq(postDayTotals.workspaceId, team.workspace.id));
    const post = await createPost(db, access, {
      profileId: profile.id,
      url: `urn:li:activity:${id(5)}`,
      publishedAt: '2025-05-06T23:30:00Z',
      text: 'Mail ada@example.com',
      metrics: { capturedOn: '2025-05-20', impressions: 1000, reactions: 30, comments: 10 },
    });
    expect(await totals()).toEqual([
      expect.objectContaining({ day: '2025-05-06', posts: 1, impressions: 1000, engagement: 40, engagedImpressions: 1000, everExposedPosts: 1, privacyExposure: post.privacyScore }),
    ]);
    await updatePost(db, access, post.id, { profileId: profile.id, url: `urn:li:activity:${id(5)}`, publishedAt: '2025-05-07T00:30:00Z', text: 'Mail ada@example.com' });
    expect((await totals()).map((t) => [t.day, t.posts])).toEqual([['2025-05-07', 1]]);
    await db.delete(posts).where(eq(posts.id, post.id));
    expect(await totals()).toEqual([]);
  });
});
