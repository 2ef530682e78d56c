import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import type { Profile, User } from '@/db/schema';
import { createAnnotation } from '@/lib/annotations';
import type { AnswerEngine } from '@/lib/answers/engines';
import { recordAnswers } from '@/lib/answers/record';
import { sessionUser } from '@/lib/auth/session';
import { addConsentEvent } from '@/lib/consent/events';
import { loadDashboard, parseRange, resolveRange } from '@/lib/dashboard';
import { createEntity } from '@/lib/entities/entities';
import { createPost } from '@/lib/posts/posts';
import { scanPostsPrivacy } from '@/lib/posts/privacy';
import { recordFollowerCount } from '@/lib/profiles/followers';
import { createProfile } from '@/lib/profiles/profiles';
import { accessAs, makeTeam, type Team } from '../support/fixtures';

// The dashboard's numbers from a team whose every figure is known by construction: Ada (US,
// LinkedIn's default ON: exposed) and Bo (US, opted out since 1 January 2025), posts with
// metrics on known days, follower totals, and answers whose detection the entity tests
// already pin down. Another workspace has data on the same days that must never count.
vi.mock('@/lib/auth/session', () => ({ sessionUser: vi.fn() }));
vi.mock('next/headers', () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** 1–14 March 2025, both included; the previous period is 15–28 February. */
const RANGE = parseRange({ range: 'custom', from: '2025-03-01', to: '2025-03-14' }, null);

let team: Team;
let other: Team;
let ada: Profile;
let bo: Profile;
let otherProfile: Profile;
let postIds: Record<string, string>;

let activity = 7300000000000000000n;
const nextUrl = () => `urn:li:activity:${(activity += 1000n)}`;

const answer = (engine: AnswerEngine, askedAt: string, text: string) => ({ engine, model: null, askedAt: new Date(askedAt), prompt: 'Who makes the best tools?', answer: text, citations: [], source: 'manual' as const });

beforeAll(async () => {
  const db = await getDb();
  [team, other] = await Promise.all([makeTeam('dashboard'), makeTeam('dashboard-other')]);
  const editor = await accessAs(team.editor, team.workspace, 'data:write');
  const otherEditor = await accessAs(other.editor, other.workspace, 'data:write');
  ada = await createProfile(db, editor, { name: 'Ada Lovelace', kind: 'member', region: 'US' });
  bo = await createProfile(db, editor, { name: 'Bo Brown', kind: 'member', region: 'US' });
  otherProfile = await createProfile(db, otherEditor, { name: 'Ada Lovelace', kind: 'member', region: 'US' });
  await addConsentEvent(db, editor, bo.id, { status: 'off', effectiveAt: '2025-01-01T00:00:00Z' }, 'manual');

  const post = async (profile: Profile, publishedAt: string, text: string, metrics?: Record<string, number>) =>
    (await createPost(db, profile.id === otherProfile.id ? otherEditor : editor, { profileId: profile.id, url: nextUrl(), publishedAt, text, ...(metrics && { metrics: { capturedOn: '2025-03-20', ...metrics } }) })).id;
  postIds = {
    // Before the previous period, the previous period, the range, the day after the range.
    early: await post(ada, '2025-02-14T23:00:00Z', 'Too early to count.', { impressions: 7777 }),
    a0: await post(ada, '2025-02-20T10:00:00Z', 'Mail ada@example.com for the slides.', { impressions: 400, membersReached: 300, reactions: 10 }),
    a1: await post(ada, '2025-03-02T09:00:00Z', 'Call ada@example.com or bo@example.com today.', { impressions: 1000, membersReached: 800, reactions: 30, comments: 10, reposts: 5, clicks: 5 }),
    b1: await post(bo, '2025-03-03T08:00:00Z', 'Mail bo@example.com any time.', { impressions: 2000, membersReached: 1500, reactions: 100, comments: 20 }),
    a2: await post(ada, '2025-03-05T12:00:00Z', 'Plain post about tooling.', { impressions: 500, membersReached: 400, reactions: 20 }),
    a3: await post(ada, '2025-03-05T18:00:00Z', 'Another short note.'),
    b2: await post(bo, '2025-03-14T23:59:59Z', 'Quarterly thoughts on tooling.', { impressions: 300, reactions: 9 }),
    late: await post(ada, '2025-03-15T00:00:00Z', 'The day after the range.', { impressions: 9999 }),
    other: await post(otherProfile, '2025-03-03T10:00:00Z', 'Mail ada@example.com today.', { impressions: 50000, membersReached: 40000, reactions: 500 }),
  };
  await scanPostsPrivacy(db);

  for (const [profile, counts] of [
    [ada, [['2025-02-10', 100], ['2025-02-28', 110], ['2025-03-07', 130], ['2025-03-14', 150], ['2025-03-20', 170]]],
    [bo, [['2025-03-03', 50], ['2025-03-10', 45]]],
  ] as const) {
    for (const [d, total] of counts) await recordFollowerCount(db, editor, profile.id, { day: d, total });
  }
  await recordFollowerCount(db, otherEditor, otherProfile.id, { day: '2025-03-05', total: 99999 });

  await createEntity(db, editor, { name: 'Acme', kind: 'organization', isUs: true });
  await createEntity(db, editor, { name: 'Beta', kind: 'brand', isUs: false });
  await createEntity(db, otherEditor, { name: 'Acme', kind: 'organization', isUs: true });
  await db.transaction((tx) =>
    recordAnswers(tx, team.workspace.id, [
      answer('chatgpt', '2025-02-20T10:00:00Z', 'Acme wins.'),
      // Acme first (rank 1), 3 of 6 words in sentence 0 of 2.
      answer('chatgpt', '2025-03-02T10:00:00Z', 'Acme builds tools. Beta sells boxes.'),
      // Acme second (rank 2), twice, 5 of 9 words in sentence 1 of 2.
      answer('chatgpt', '2025-03-03T10:00:00Z', 'Beta leads the field. Acme and Acme are great.'),
      answer('perplexity', '2025-03-03T11:00:00Z', 'Beta is here.'),
      answer('perplexity', '2025-03-10T10:00:00Z', 'Nothing relevant here.'),
      answer('gemini', '2025-03-15T00:00:00Z', 'Acme wins again.'),
    ]),
  );
  await db.transaction((tx) => recordAnswers(tx, other.workspace.id, [answer('claude', '2025-03-02T10:00:00Z', 'Acme, Acme and Acme.')]));
  await createAnnotation(db, editor, { day: '2025-03-07', label: 'Conference talk' });
});

const visA1 = 3 / 6;
const visA2 = (5 / 9) * Math.exp(-1 / 2);

describe('loadDashboard for a team', () => {
  it('counts the KPIs of the range and of the period before it', async () => {
    const d = await loadDashboard(await getDb(), team.workspace.id, null, RANGE);
    const { reach, visibility } = d.kpis.current;
    expect(reach).toEqual({
      posts: 5,
      impressions: 3800,
      membersReached: 2700,
      // (50 + 120 + 20 + 9) engagements over the impressions of the posts that have them.
      engagementRate: 199 / 3800,
      // Ada 150 − 110 (her last total before the range); Bo 45 − 50 (his first in the range).
      followersGained: 35,
      // Ada's three posts were under exposure; only the first gives anything away (two emails).
      privacyExposure: 8,
      exposedPosts: 3,
    });
    expect(visibility).toMatchObject({ answers: 4, answersMentioning: 2, mentionRate: 0.5, shareOfVoice: 3 / 6, avgRank: 1.5 });
    expect(visibility.avgVisibility).toBeCloseTo((visA1 + visA2) / 4, 12);

    expect(d.range.previous).toEqual({ from: day('2025-02-15'), to: day('2025-03-01') });
    expect(d.kpis.previous!.reach).toEqual({ posts: 1, impressions: 400, membersReached: 300, engagementRate: 10 / 400, followersGained: 10, privacyExposure: 4, exposedPosts: 1 });
    expect(d.kpis.previous!.visibility).toEqual({ answers: 1, answersMentioning: 1, mentionRate: 1, shareOfVoice: 1, avgRank: 1, avgVisibility: 1 });
  });

  it('gives every day of the range in the reach series, an empty day with 0 posts and followers carried forward', async () => {
    const d = await loadDashboard(await getDb(), team.workspace.id, null, RANGE);
    const empty = (bucket: string, followers: number) => ({ bucket, posts: 0, impressions: 0, engagementRate: null, followers });
    expect(d.range.bucket).toBe('day');
    expect(d.reach).toEqual([
      empty('2025-03-01', 110),
      { bucket: '2025-03-02', posts: 1, impressions: 1000, engagementRate: 0.05, followers: 110 },
      { bucket: '2025-03-03', posts: 1, impressions: 2000, engagementRate: 0.06, followers: 160 },
      empty('2025-03-04', 160),
      { bucket: '2025-03-05', posts: 2, impressions: 500, engagementRate: 0.04, followers: 160 },
      empty('2025-03-06', 160),
      empty('2025-03-07', 180),
      empty('2025-03-08', 180),
      empty('2025-03-09', 180),
      empty('2025-03-10', 175),
      empty('2025-03-11', 175),
      empty('2025-03-12', 175),
      empty('2025-03-13', 175),
      { bucket: '2025-03-14', posts: 1, impressions: 300, engagementRate: 0.03, followers: 195 },
    ]);
  });

  it('gives the visibility series per day and engine, only where an engine has answers', async () => {
    const { visibility } = await loadDashboard(await getDb(), team.workspace.id, null, RANGE);
    expect(visibility.buckets).toHaveLength(14);
    expect(visibility.engines).toEqual(['chatgpt', 'perplexity']);
    expect(visibility.points.map(({ avgVisibility: _, ...p }) => p)).toEqual([
      { bucket: '2025-03-02', engine: 'chatgpt', answers: 1, mentionRate: 1, shareOfVoice: 1 / 2 },
      { bucket: '2025-03-03', engine: 'chatgpt', answers: 1, mentionRate: 1, shareOfVoice: 2 / 3 },
      { bucket: '2025-03-03', engine: 'perplexity', answers: 1, mentionRate: 0, shareOfVoice: 0 },
      // No tracked name at all: no share to speak of.
      { bucket: '2025-03-10', engine: 'perplexity', answers: 1, mentionRate: 0, shareOfVoice: null },
    ]);
    expect(visibility.points.map((p) => p.avgVisibility)).toEqual([expect.closeTo(visA1, 12), expect.closeTo(visA2, 12), 0, 0]);
  });

  it('shades the range as one profile of two under exposure', async () => {
    const d = await loadDashboard(await getDb(), team.workspace.id, null, RANGE);
    expect(d.bands).toEqual([{ from: '2025-03-01', to: '2025-03-15', exposedProfiles: 1, totalProfiles: 2 }]);
  });

  it('orders top posts by impressions and leaves out posts without them', async () => {
    const d = await loadDashboard(await getDb(), team.workspace.id, null, RANGE);
    expect(d.topPosts.map((p) => [p.id, p.impressions, p.engagementRate, p.exposedAtPublication])).toEqual([
      [postIds.b1, 2000, 0.06, false],
      [postIds.a1, 1000, 0.05, true],
      [postIds.a2, 500, 0.04, true],
      [postIds.b2, 300, 0.03, false],
    ]);
    expect(d.posts.truncated).toBe(false);
    expect(d.posts.points.map((p) => [p.id, p.privacyScore, p.exposureState])).toEqual([
      [postIds.b2, 0, 'opted_out'],
      [postIds.a3, 0, 'exposed'],
      [postIds.a2, 0, 'exposed'],
      [postIds.b1, 4, 'opted_out'],
      [postIds.a1, 8, 'exposed'],
    ]);
  });

  it('puts the profiles side by side over the same range', async () => {
    const d = await loadDashboard(await getDb(), team.workspace.id, null, RANGE);
    const byName = [...d.profiles].sort((a, b) => a.name.localeCompare(b.name));
    expect(byName).toEqual([
      { id: ada.id, name: 'Ada Lovelace', stateNow: 'exposed', posts: 3, impressions: 1500, impressionsPerPost: 500, engagementRate: 70 / 1500, followersGained: 40, privacyExposure: 8 },
      { id: bo.id, name: 'Bo Brown', stateNow: 'opted_out', posts: 2, impressions: 2300, impressionsPerPost: 1150, engagementRate: 129 / 2300, followersGained: -5, privacyExposure: 0 },
    ]);
  });
});

describe('loadDashboard for one profile', () => {
  it('counts only that profile’s posts, followers and exposure, and the workspace’s answers', async () => {
    const db = await getDb();
    const a = await loadDashboard(db, team.workspace.id, ada.id, RANGE);
    expect(a.kpis.current.reach).toEqual({ posts: 3, impressions: 1500, membersReached: 1200, engagementRate: 70 / 1500, followersGained: 40, privacyExposure: 8, exposedPosts: 3 });
    expect(a.kpis.current.visibility.answers).toBe(4);
    expect(a.bands).toEqual([{ from: '2025-03-01', to: '2025-03-15', exposedProfiles: 1, totalProfiles: 1 }]);
    expect(a.profiles).toEqual([]);
    const b = await loadDashboard(db, team.workspace.id, bo.id, RANGE);
    expect(b.kpis.current.reach).toMatchObject({ posts: 2, impressions: 2300, followersGained: -5, privacyExposure: 0, exposedPosts: 0 });
    expect(b.bands).toEqual([]);
  });
});

describe('another workspace', () => {
  it('never counts in this one, and counts only its own', async () => {
    const db = await getDb();
    const crossed = await loadDashboard(db, team.workspace.id, otherProfile.id, RANGE);
    expect(crossed.kpis.current.reach).toMatchObject({ posts: 0, impressions: 0, followersGained: null });
    expect(crossed.bands).toEqual([]);
    expect(crossed.topPosts).toEqual([]);
    const own = await loadDashboard(db, other.workspace.id, null, RANGE);
    expect(own.kpis.current.reach).toMatchObject({ posts: 1, impressions: 50000, membersReached: 40000, privacyExposure: 4, followersGained: 0 });
    expect(own.kpis.current.visibility).toMatchObject({ answers: 1, answersMentioning: 1, mentionRate: 1 });
    expect(own.profiles.map((p) => p.id)).toEqual([otherProfile.id]);
  });

  it('starts "all time" on the workspace’s own first day', async () => {
    const db = await getDb();
    const all = await resolveRange(db, team.workspace.id, null, { range: 'all' }, new Date('2025-04-01T00:00:00Z'));
    expect(all.from).toEqual(day('2025-02-14'));
    const theirs = await resolveRange(db, other.workspace.id, null, { range: 'all' }, new Date('2025-04-01T00:00:00Z'));
    expect(theirs.from).toEqual(day('2025-03-02'));
  });
});

describe('the dashboard page', () => {
  type Page = (props: { params: Promise<Record<string, string>>; searchParams: Promise<Record<string, string>> }) => Promise<ReactNode>;
  const load = async () => (await import('@/app/w/[workspace]/page')).default as unknown as Page;

  async function render(user: User, slug: string, searchParams: Record<string, string> = {}): Promise<string> {
    vi.mocked(sessionUser).mockResolvedValue(user);
    const page = await load();
    return renderToStaticMarkup(await page({ params: Promise.resolve({ workspace: slug }), searchParams: Promise.resolve(searchParams) }));
  }
  const CUSTOM = { range: 'custom', from: '2025-03-01', to: '2025-03-14' };

  it('shows a viewer the KPIs against the previous period, the charts with exposure shading, and links that keep the range', async () => {
    const html = await render(team.viewer, team.workspace.slug, CUSTOM);
    expect(html).toContain('2025-03-01 to 2025-03-14');
    expect(html).toContain('compared with the previous period (2025-02-15 to 2025-02-28)');
    // Impressions 3,800 against 400; engagement rate 5.2% against 2.5%, in percentage points.
    expect(html).toContain('Impressions: 3,800, up 850.0% from 400 in the previous period');
    expect(html).toContain('Engagement rate: 5.2%, up 2.7 percentage points from 2.5%');
    expect(html).toContain('Average rank: 1.50, up 0.50 from 1.00');
    expect(html).toContain('Privacy exposure: 8, up 100.0% from 4');
    for (const title of ['Impressions and engagement rate per day', 'Followers at the end of each day', 'AI visibility: mention rate per day and engine', 'Reach against privacy exposure, per post', 'Top posts by impressions', 'Profiles side by side']) {
      expect(html).toContain(title);
    }
    expect(html).toContain('Shaded: under effective training exposure');
    expect(html).toContain('Under effective training exposure (shaded): 2025-03-01 to 2025-03-14 (1 of 2 profiles).');
    expect(html).toContain('Conference talk');
    expect(html.match(/Download CSV/g)?.length).toBe(6);
    expect(html).toContain(`href="/w/${team.workspace.slug}/opt-in-test?range=custom&amp;from=2025-03-01&amp;to=2025-03-14"`);
    expect(html).toContain(`href="/w/${team.workspace.slug}?range=7d"`);
    expect(html).not.toContain('Nothing measured yet');
  });

  it('shows one profile’s view, and ignores a profile of another workspace with a notice', async () => {
    const own = await render(team.viewer, team.workspace.slug, { ...CUSTOM, profile: bo.id });
    expect(own).toContain('Bo Brown: 2025-03-01 to 2025-03-14');
    expect(own).toContain('Shaded: under effective training exposure (none in this range)');
    expect(own).not.toContain('Profiles side by side');
    expect(own).toContain(`href="/w/${team.workspace.slug}?range=7d&amp;profile=${bo.id}"`);
    const crossed = await render(team.viewer, team.workspace.slug, { ...CUSTOM, profile: otherProfile.id });
    expect(crossed).toContain('Ignored “profile”: it is not a profile of this workspace.');
    expect(crossed).toContain('Impressions: 3,800');
  });

  it('says what was wrong with a bad range, and shows an empty range as such, not as empty charts', async () => {
    const bad = await render(team.viewer, team.workspace.slug, { range: 'custom', from: '2025-03-14', to: '2025-03-01' });
    expect(bad).toContain('The custom range needs a start day on or before its end day');
    const empty = await render(team.viewer, team.workspace.slug, { range: 'custom', from: '2020-01-01', to: '2020-01-31' });
    expect(empty).toContain('Nothing happened in this range');
    expect(empty).toContain('starts on 2025-02-14');
    expect(empty).not.toContain('Download CSV');
  });

  it('treats days edited under a preset as a custom range', async () => {
    const html = await render(team.viewer, team.workspace.slug, { range: '30d', ...{ from: '2025-03-01', to: '2025-03-14' } });
    expect(html).toContain('Impressions: 3,800');
  });

  it('shows an empty workspace its first steps instead of charts', async () => {
    const empty = await makeTeam('dashboard-empty');
    const html = await render(empty.viewer, empty.workspace.slug);
    expect(html).toContain('Nothing measured yet');
    expect(html).toContain('See profiles');
    expect(html).not.toContain('Download CSV');
    expect(html).not.toContain('opt-in-test');
  });
});
