import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { addConsentEvent } from '@/lib/consent/events';
import { listPosts } from '@/lib/posts/list';
import { addMetricSnapshot, createPost, getPost } from '@/lib/posts/posts';
import { createProfile } from '@/lib/profiles/profiles';
import { accessAs, makeTeam } from '../../support/fixtures';

// 19-digit activity ids whose time bits (id >> 22) fall in 2025–2026.
const idAt = (iso: string, n = 0) => ((BigInt(new Date(iso).getTime()) << 22n) + BigInt(n)).toString();
const urlFor = (id: string) => `https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A${id}`;

async function setup(region = 'US') {
  const team = await makeTeam('posts');
  const access = await accessAs(team.editor, team.workspace, 'data:write');
  const profile = await createProfile(await getDb(), access, { name: 'Ada', kind: 'member', region });
  return { team, access, profile };
}

describe('posts', () => {
  it('take their identity from any URL form and their publish time from the id when none is given', async () => {
    const { access, profile } = await setup();
    const id = idAt('2025-03-04T05:06:07Z');
    const post = await createPost(await getDb(), access, { profileId: profile.id, url: `https://www.linkedin.com/posts/ada_hello-activity-${id}-AbCd/` });
    expect(post.activityId).toBe(id);
    expect(post.publishedAt.toISOString()).toBe('2025-03-04T05:06:07.000Z');
    await expect(createPost(await getDb(), access, { profileId: profile.id, url: `urn:li:activity:${id}` })).rejects.toMatchObject({ code: 'conflict' });
    await expect(createPost(await getDb(), access, { profileId: profile.id, url: 'https://example.com/not-a-post' })).rejects.toMatchObject({ code: 'bad_request' });
  });

  it('keep one snapshot per day: a later one for the same day updates it, and the newest shows on the post', async () => {
    const { access, profile } = await setup();
    const db = await getDb();
    const post = await createPost(db, access, { profileId: profile.id, url: urlFor(idAt('2025-05-01T00:00:00Z')), metrics: { capturedOn: '2025-05-02', impressions: 100, reactions: 5 } });
    await addMetricSnapshot(db, access, post.id, { capturedOn: '2025-05-02', impressions: 150 });
    await addMetricSnapshot(db, access, post.id, { capturedOn: '2025-05-09', impressions: 400, reactions: 20, comments: 4 });
    const { post: stored, metrics } = await getPost(db, access.workspace.id, post.id);
    expect(metrics.map((m) => [m.capturedOn, m.impressions, m.reactions])).toEqual([
      ['2025-05-02', 150, 5], // the update kept the reactions it did not mention
      ['2025-05-09', 400, 20],
    ]);
    expect(stored).toMatchObject({ latestImpressions: 400, latestReactions: 20, latestCapturedOn: '2025-05-09' });
    expect(stored.latestEngagementRate).toBeCloseTo(24 / 400);

    // A newer snapshot that knows only reactions keeps the newest known impressions.
    await addMetricSnapshot(db, access, post.id, { capturedOn: '2025-05-12', reactions: 30 });
    expect((await getPost(db, access.workspace.id, post.id)).post).toMatchObject({ latestImpressions: 400, latestReactions: 30, latestCapturedOn: '2025-05-12' });
    // Counts beyond 32 bits are kept; a day that does not exist is refused before the database sees it.
    await addMetricSnapshot(db, access, post.id, { capturedOn: '2025-05-13', reactions: 3e9 });
    expect((await getPost(db, access.workspace.id, post.id)).post.latestReactions).toBe(3e9);
    await expect(addMetricSnapshot(db, access, post.id, { capturedOn: '2025-02-30', reactions: 1 })).rejects.toThrow(/real date/);
  });

  it('record exposure at publication, and an opt-out changes it for the posts after it', async () => {
    const { access, profile } = await setup('US');
    const db = await getDb();
    const before = await createPost(db, access, { profileId: profile.id, url: urlFor(idAt('2025-01-10T00:00:00Z')) });
    const after = await createPost(db, access, { profileId: profile.id, url: urlFor(idAt('2025-06-10T00:00:00Z')) });
    expect((await getPost(db, access.workspace.id, after.id)).post.exposedAtPublication).toBe(true);
    await addConsentEvent(db, access, profile.id, { status: 'off', effectiveAt: '2025-03-01T00:00:00Z' }, 'manual');
    const [b, a] = await Promise.all([getPost(db, access.workspace.id, before.id), getPost(db, access.workspace.id, after.id)]);
    expect(b.post).toMatchObject({ exposedAtPublication: true, everExposed: true, exposureState: 'exposed' });
    expect(a.post).toMatchObject({ exposedAtPublication: false, everExposed: false, exposureState: 'opted_out' });
  });

  it('are not exposed in an exempt region before the exemption ended', async () => {
    const { access, profile } = await setup('DE');
    const post = await createPost(await getDb(), access, { profileId: profile.id, url: urlFor(idAt('2025-01-10T00:00:00Z')) });
    expect(post).toMatchObject({ exposedAtPublication: false, exposureState: 'exempt', everExposed: true });
  });
});

describe('the posts list', () => {
  it('pages through every post exactly once, in order, for each sort', async () => {
    const { access, profile } = await setup();
    const db = await getDb();
    for (let i = 0; i < 23; i++) {
      const metrics = i % 5 === 0 ? undefined : { capturedOn: '2025-08-01', impressions: (i * 37) % 11, reactions: i % 3 };
      await createPost(db, access, { profileId: profile.id, url: urlFor(idAt('2025-07-01T00:00:00Z', i)), publishedAt: new Date(Date.UTC(2025, 6, 1 + (i % 7))), metrics });
    }
    for (const [sort, dir] of [['published', 'desc'], ['impressions', 'desc'], ['reactions', 'asc'], ['comments', 'desc']] as const) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listPosts(db, access.workspace.id, { sort, dir, limit: 4, cursor });
        seen.push(...page.items.map((p) => p.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen, sort).toHaveLength(23);
      expect(new Set(seen).size, sort).toBe(23);
    }
  });

  it('filters by profile, date range, exposure and words of the text', async () => {
    const { access, profile, team } = await setup();
    const db = await getDb();
    const other = await createProfile(db, access, { name: 'Brand', kind: 'company', region: 'US' });
    await createPost(db, access, { profileId: profile.id, url: urlFor(idAt('2025-02-01T00:00:00Z')), text: 'Our new pricing page is live' });
    await createPost(db, access, { profileId: other.id, url: urlFor(idAt('2025-04-01T00:00:00Z')), text: 'Hiring a data engineer' });
    const ws = team.workspace.id;
    expect((await listPosts(db, ws, { profile: other.id })).items.map((p) => p.text)).toEqual(['Hiring a data engineer']);
    expect((await listPosts(db, ws, { from: '2025-03-01', to: '2025-05-01' })).items).toHaveLength(1);
    expect((await listPosts(db, ws, { q: 'pricing' })).items.map((p) => p.profileName)).toEqual(['Ada']);
    expect((await listPosts(db, ws, { exposure: 'not_exposed' })).items).toHaveLength(0);
    const crafted = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const [cursor, sort] of [
      ['garbage', 'published'],
      [crafted([42, '00000000-0000-4000-8000-000000000000']), 'published'], // a number where a date belongs
      [crafted(['2025-01-01', 'not-a-uuid']), 'published'],
      [crafted(['lots', '00000000-0000-4000-8000-000000000000']), 'impressions'],
      [crafted(['not a date', '00000000-0000-4000-8000-000000000000']), 'published'],
    ] as const) {
      await expect(listPosts(db, ws, { cursor, sort }), cursor).rejects.toMatchObject({ code: 'bad_request' });
    }
  });
});
