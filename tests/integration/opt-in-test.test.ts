import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { followerCounts, posts, type User } from '@/db/schema';
import { recordAnswers, type NewAnswer } from '@/lib/answers/record';
import { sessionUser } from '@/lib/auth/session';
import { addConsentEvent } from '@/lib/consent/events';
import { refreshExposure } from '@/lib/consent/refresh';
import { createEntity } from '@/lib/entities/entities';
import { runOptInTest, type Comparison, type OptInTestResult } from '@/lib/opt-in-test';
import { refreshLatestMetrics, upsertMetricSnapshots } from '@/lib/posts/metrics';
import { createProfile } from '@/lib/profiles/profiles';
import { mulberry32 } from '@/lib/stats';
import { accessAs, makeTeam, type Team } from '../support/fixtures';

// The opt-in test end to end, on data whose answer is known by construction (a seeded
// generator, so every run sees the same numbers):
//   - one US profile over 720 days in eight 90-day blocks, exposed ON ON OFF OFF ON ON OFF OFF
//     (consent events at the block starts), three posts a week, followers growing weekly;
//     posts under exposure get 1.5× the impressions per 1,000 followers, with ±25% noise;
//   - AI answers in blocks 1–4 only, two a day, naming us in 50% of the answers when the
//     block BEFORE was exposed and in 20% otherwise. With a 90-day lag each answer looks
//     exactly one block back: 50% against 20%. Without a lag the exposed blocks (1 and 4) and
//     the others (2 and 3) each hold one block of each kind: 35% against 35%, no effect.
//   - a twin workspace with no effect anywhere, and a team of an opted-in and an opted-out
//     profile whose posting weeks overlap only partly.
vi.mock('@/lib/auth/session', () => ({ sessionUser: vi.fn() }));
vi.mock('next/headers', () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));

const DAY = 86_400_000;
const START = Date.parse('2024-10-07T00:00:00Z'); // a Monday, after LinkedIn's 2024-09-18 default
const BLOCK_DAYS = 90;
const EXPOSED_BLOCKS = [true, true, false, false, true, true, false, false];
const END = START + EXPOSED_BLOCKS.length * BLOCK_DAYS * DAY;
const ANSWER_BLOCKS = [1, 2, 3, 4];
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const blockOf = (t: number) => Math.floor((t - START) / (BLOCK_DAYS * DAY));
const SCOPE_DAYS = { from: new Date(START), to: new Date(END) };

interface Generated {
  team: Team;
  profileId: string;
  /** Expected trade-off totals, from the generated rows. */
  /** Privacy of every post ever under exposure: published under it, or before a later exposed block. */
  everExposedPrivacy: number;
  exposedImpressions: number;
  exposedPosts: number;
}

let activity = 7_100_000_000_000_000_000n;

/** Posts with one metric snapshot each, written in batches (createPost one by one would take minutes for 300 posts). */
async function insertPosts(team: Team, profileId: string, items: { at: number; impressions: number; engagement: number; privacy: number }[]) {
  const db = await getDb();
  const workspaceId = team.workspace.id;
  const rows = await db
    .insert(posts)
    .values(
      items.map((p) => {
        const id = String((activity += 1n));
        return { workspaceId, profileId, activityId: id, url: `https://www.linkedin.com/feed/update/urn:li:activity:${id}/`, publishedAt: new Date(p.at), privacyScore: p.privacy };
      }),
    )
    .returning({ id: posts.id });
  await upsertMetricSnapshots(
    db,
    workspaceId,
    rows.map((r, i) => ({ postId: r.id, capturedOn: iso(items[i]!.at + 30 * DAY), impressions: items[i]!.impressions, reactions: items[i]!.engagement })),
  );
  await refreshLatestMetrics(db, workspaceId, rows.map((r) => r.id));
  // Stored exposure comes from the consent timeline, as after an import.
  await refreshExposure(db, workspaceId, profileId);
}

async function insertFollowers(team: Team, profileId: string, days: { day: string; total: number }[]) {
  await (await getDb()).insert(followerCounts).values(days.map((d) => ({ profileId, workspaceId: team.workspace.id, day: d.day, total: d.total })));
}

async function generate(label: string, opts: { reachRatio: number; namedRate: (lookedBackExposed: boolean) => number; seed: number }): Promise<Generated> {
  const db = await getDb();
  const team = await makeTeam(label);
  const editor = await accessAs(team.editor, team.workspace, 'data:write');
  const profile = await createProfile(db, editor, { name: `Ada ${label}`, kind: 'member', region: 'US' });
  for (let b = 0; b < EXPOSED_BLOCKS.length; b++) {
    if (b === 0 || EXPOSED_BLOCKS[b] !== EXPOSED_BLOCKS[b - 1]) {
      await addConsentEvent(db, editor, profile.id, { status: EXPOSED_BLOCKS[b] ? 'on' : 'off', effectiveAt: new Date(START + b * BLOCK_DAYS * DAY) }, 'manual');
    }
  }
  await createEntity(db, editor, { name: 'Ada Consulting', kind: 'organization', isUs: true });
  await createEntity(db, editor, { name: 'Rival Corp', kind: 'organization', isUs: false });

  const random = mulberry32(opts.seed);
  const weeks = Math.ceil((END - START) / (7 * DAY));
  const followersOfWeek = (w: number) => 2000 + 40 * w;
  await insertFollowers(team, profile.id, Array.from({ length: weeks }, (_, w) => ({ day: iso(START + w * 7 * DAY), total: followersOfWeek(w) })));

  const items: { at: number; impressions: number; engagement: number; privacy: number }[] = [];
  for (let w = 0; w < weeks; w++) {
    for (const offset of [0, 2, 4]) {
      const at = START + (w * 7 + offset) * DAY + 9 * 3600_000;
      if (at >= END) continue;
      const exposed = EXPOSED_BLOCKS[blockOf(at)]!;
      const perThousand = 100 * (exposed ? opts.reachRatio : 1) * (0.75 + 0.5 * random());
      const impressions = Math.round((followersOfWeek(w) * perThousand) / 1000);
      items.push({ at, impressions, engagement: Math.round(impressions * 0.03 * (0.5 + random())), privacy: items.length % 3 === 0 ? 2 : 0 });
    }
  }
  await insertPosts(team, profile.id, items);

  const answers: NewAnswer[] = [];
  for (const b of ANSWER_BLOCKS) {
    const rate = opts.namedRate(EXPOSED_BLOCKS[b - 1]!);
    for (let d = 0; d < BLOCK_DAYS; d++) {
      for (const hour of [10, 16]) {
        const k = d * 2 + (hour === 10 ? 0 : 1);
        // Exactly `rate` of each block's answers name us, spread evenly.
        const named = Math.floor((k + 1) * rate) > Math.floor(k * rate);
        answers.push({
          engine: 'chatgpt' as const,
          model: null,
          askedAt: new Date(START + (b * BLOCK_DAYS + d) * DAY + hour * 3600_000),
          prompt: 'Who are the best B2B LinkedIn consultants?',
          answer: named ? 'Ada Consulting and Rival Corp are both good choices.' : 'Rival Corp is a good choice.',
          citations: [],
          source: 'manual' as const,
        });
      }
    }
  }
  await db.transaction((tx) => recordAnswers(tx, team.workspace.id, answers));

  const exposedItems = items.filter((p) => EXPOSED_BLOCKS[blockOf(p.at)]);
  const everExposedItems = items.filter((p) => EXPOSED_BLOCKS.slice(blockOf(p.at)).some(Boolean));
  return {
    team,
    profileId: profile.id,
    everExposedPrivacy: everExposedItems.reduce((s, p) => s + p.privacy, 0),
    exposedImpressions: exposedItems.reduce((s, p) => s + p.impressions, 0),
    exposedPosts: exposedItems.length,
  };
}

/** A team: Ann opted in (LinkedIn's default), Bob opted out; Ann posts in weeks 0–19, Bob in weeks 10–29. */
async function generateTeam() {
  const db = await getDb();
  const team = await makeTeam('opt-in-team');
  const editor = await accessAs(team.editor, team.workspace, 'data:write');
  const ann = await createProfile(db, editor, { name: 'Ann', kind: 'member', region: 'US' });
  const bob = await createProfile(db, editor, { name: 'Bob', kind: 'member', region: 'US' });
  await addConsentEvent(db, editor, bob.id, { status: 'off', effectiveAt: new Date('2024-09-01T00:00:00Z') }, 'manual');
  const monday = Date.parse('2025-01-06T00:00:00Z');
  for (const p of [ann, bob]) await insertFollowers(team, p.id, [{ day: '2024-12-30', total: 1000 }]);
  const week = (w: number, day: number) => monday + (w * 7 + day) * DAY + 12 * 3600_000;
  // Ann's posts outside the shared weeks are far stronger: counting them would show 6×, not 2×.
  await insertPosts(team, ann.id, Array.from({ length: 20 }, (_, w) => ({ at: week(w, 1), impressions: w >= 10 ? 200 : 1000, engagement: 10, privacy: 1 })));
  await insertPosts(team, bob.id, Array.from({ length: 20 }, (_, i) => ({ at: week(i + 10, 2), impressions: 100, engagement: 5, privacy: 1 })));
  return { team, ann: ann.id, bob: bob.id };
}

const byId = (result: OptInTestResult, id: Comparison['id']) => {
  const found = result.comparisons.find((c) => c.id === id);
  if (!found) throw new Error(`no ${id} comparison in ${result.comparisons.map((c) => c.id).join(', ')}`);
  return found;
};

let effect: Generated;
let none: Generated;
let teamWorld: Awaited<ReturnType<typeof generateTeam>>;
let empty: Team;

beforeAll(async () => {
  [effect, none, teamWorld, empty] = await Promise.all([
    generate('opt-in-effect', { reachRatio: 1.5, namedRate: (before) => (before ? 0.5 : 0.2), seed: 7 }),
    generate('opt-in-none', { reachRatio: 1, namedRate: () => 0.3, seed: 11 }),
    generateTeam(),
    makeTeam('opt-in-empty'),
  ]);
}, 120_000);

const scopeOf = (g: { team: Team }, profileId: string | null = null) => ({ workspaceId: g.team.workspace.id, profileId, ...SCOPE_DAYS });

describe('the opt-in test on generated data', () => {
  it('finds the planted 1.5× reach per 1,000 followers, with an interval that excludes 1× and the word “higher”', async () => {
    const result = await runOptInTest(await getDb(), scopeOf(effect, effect.profileId));
    const reach = byId(result, 'reach').effect;
    expect(result.counts).toEqual({ posts: 309, postsWithoutFollowers: 0, answers: 720, profiles: 1 });
    expect(reach.exposed.n + reach.control.n).toBe(309);
    expect(reach.exposed.n).toBe(effect.exposedPosts);
    expect(reach.ratio!).toBeGreaterThan(1.42);
    expect(reach.ratio!).toBeLessThan(1.58);
    expect(reach.low!).toBeGreaterThan(1.3);
    expect(reach.high!).toBeLessThan(1.7);
    expect(reach.low!).toBeLessThan(reach.ratio!);
    expect(reach.test).toMatchObject({ name: 'Mann–Whitney U' });
    expect(reach.test.p!).toBeLessThan(0.001);
    expect(reach.minimumDetectableRatio!).toBeLessThan(1.1);
    expect(reach.verdict).toMatchObject({ conclusive: true, direction: 'higher', reasons: [] });
    expect(reach.verdict.text).toContain('higher with exposure');
    // No planted effect on engagement rate, and none on reach in the twin workspace.
    expect(byId(result, 'engagement').effect.ratio!).toBeGreaterThan(0.9);
    expect(byId(result, 'engagement').effect.ratio!).toBeLessThan(1.1);
  });

  it('says “not conclusive” where nothing was planted', async () => {
    const result = await runOptInTest(await getDb(), scopeOf(none));
    for (const id of ['reach', 'mention_rate'] as const) {
      const { verdict, low, high } = byId(result, id).effect;
      expect(verdict.conclusive, id).toBe(false);
      expect(verdict.direction).toBeNull();
      expect(verdict.text).toContain('not conclusive');
      expect(low!).toBeLessThanOrEqual(1);
      expect(high!).toBeGreaterThanOrEqual(1);
    }
  });

  it('compares each answer with the exposure 90 days before it: the planted mention-rate effect shows with the lag and not without', async () => {
    const db = await getDb();
    const lagged = byId(await runOptInTest(db, scopeOf(effect), { lagDays: 90 }), 'mention_rate').effect;
    expect(lagged.exposed).toEqual({ n: 360, value: 0.5 });
    expect(lagged.control).toEqual({ n: 360, value: 0.2 });
    expect(lagged.ratio).toBeCloseTo(2.5, 10);
    expect(lagged.low!).toBeGreaterThan(1.8);
    expect(lagged.test.name).toBe('two-proportion z-test');
    expect(lagged.verdict).toMatchObject({ conclusive: true, direction: 'higher' });

    const now = byId(await runOptInTest(db, scopeOf(effect), { lagDays: 0 }), 'mention_rate').effect;
    // The same answers, split otherwise: blocks 1 and 4 against 2 and 3.
    expect(now.exposed.n).toBe(360);
    expect(now.exposed.value).toBeCloseTo(0.35, 10);
    expect(now.control.value).toBeCloseTo(0.35, 10);
    expect(now.ratio).toBeCloseTo(1, 10);
    expect(now.test.p).toBeCloseTo(1, 10);
    expect(now.verdict.conclusive).toBe(false);
    expect(now.verdict.text).toContain('not conclusive');
  });

  it('compares opted-in with opted-out profiles only in the weeks both posted', async () => {
    const db = await getDb();
    const result = await runOptInTest(db, { workspaceId: teamWorld.team.workspace.id, profileId: null, from: new Date('2025-01-01T00:00:00Z'), to: new Date('2025-09-01T00:00:00Z') });
    const team = byId(result, 'team_reach');
    expect(team.description).toContain('10 weeks');
    expect(team.effect.exposed).toEqual({ n: 10, value: 200 });
    expect(team.effect.control).toEqual({ n: 10, value: 100 });
    expect(team.effect.ratio).toBeCloseTo(2, 10);
    expect(team.effect.low).toBeCloseTo(2, 10);
    expect(team.effect.high).toBeCloseTo(2, 10);
    expect(team.effect.verdict).toMatchObject({ conclusive: true, direction: 'higher' });
    // Every post counts in the plain comparison: Ann's strong weeks inflate it to 6×.
    expect(byId(result, 'reach').effect.ratio).toBeCloseTo(6, 10);
    // One profile's view has no team comparison.
    const ann = await runOptInTest(db, { workspaceId: teamWorld.team.workspace.id, profileId: teamWorld.ann, from: new Date('2025-01-01T00:00:00Z'), to: new Date('2025-09-01T00:00:00Z') });
    expect(ann.comparisons.map((c) => c.id)).not.toContain('team_reach');
  });

  it('adds up what exposure bought and cost, and gives the same numbers on a second run', async () => {
    const db = await getDb();
    const first = await runOptInTest(db, scopeOf(effect), { lagDays: 90, bucket: 'month' });
    const last = first.tradeOff[first.tradeOff.length - 1]!;
    expect(last).toMatchObject({ privacyExposure: effect.everExposedPrivacy, exposedImpressions: effect.exposedImpressions, mentionsWhileExposed: 180 });
    for (let i = 1; i < first.tradeOff.length; i++) expect(first.tradeOff[i]!.exposedImpressions).toBeGreaterThanOrEqual(first.tradeOff[i - 1]!.exposedImpressions);
    const second = await runOptInTest(db, scopeOf(effect), { lagDays: 90, bucket: 'month' });
    expect(second).toEqual(first);
  });
});

describe('the opt-in test page', () => {
  type Page = (props: { params: Promise<Record<string, string>>; searchParams: Promise<Record<string, string>> }) => Promise<ReactNode>;

  async function render(user: User, slug: string, searchParams: Record<string, string> = {}): Promise<string> {
    vi.mocked(sessionUser).mockResolvedValue(user);
    const page = (await import('@/app/w/[workspace]/opt-in-test/page')).default as unknown as Page;
    try {
      return renderToStaticMarkup(await page({ params: Promise.resolve({ workspace: slug }), searchParams: Promise.resolve(searchParams) }));
    } catch (error) {
      const digest = String((error as { digest?: unknown }).digest ?? '');
      if (digest.startsWith('NEXT_HTTP_ERROR_FALLBACK;')) return digest.split(';')[1]!;
      throw error;
    }
  }

  beforeAll(() => {
    process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true'; // as next.config.js's authInterrupts sets it
  });

  it('shows a viewer the claim, each comparison’s verdict in words, the trade-off and the timeline', async () => {
    const html = await render(effect.team.viewer, effect.team.workspace.slug, { range: 'custom', from: iso(START), to: iso(END - DAY) });
    expect(html).toContain('The claim under test');
    expect(html).toContain('does not remove a post from models already trained');
    expect(html).toContain('Reach per post, per 1,000 followers');
    expect(html).toContain('Conclusive: higher with exposure');
    expect(html).toContain('Not conclusive');
    expect(html).toContain('not conclusive (');
    expect(html).toContain('Mann–Whitney U');
    expect(html).toContain('two-proportion z-test');
    expect(html).toContain('80% power');
    expect(html).toMatch(/aria-label="Ratio 2\.50×, 95% interval [\d.]+× to [\d.]+×, which excludes 1× \(no effect\)\. Log scale\."/);
    expect(html).toContain('What exposure bought and what it cost');
    expect(html).toContain('Opted out of generative-AI training');
    expect(html).toContain('About these tests');
    expect(html).toContain('same data always gives the same interval');
    expect(html).toContain(`value="90"`);
  });

  it('says what to add when there is no data, and survives bad parameters', async () => {
    expect(await render(empty.viewer, empty.workspace.slug)).toContain('There is nothing to test yet');
    const editor = await accessAs(empty.editor, empty.workspace, 'data:write');
    await createProfile(await getDb(), editor, { name: 'Newcomer', kind: 'member', region: 'US' });
    const html = await render(empty.viewer, empty.workspace.slug, { lag: '999', range: 'decade', profile: 'nope' });
    expect(html).toContain('No posts with impressions in this range');
    expect(html).toContain('No AI answers in this range');
    expect(html).toContain(`href="/w/${empty.workspace.slug}/imports"`);
    expect(html).toContain('is not a lag');
    expect(html).toContain('is not a range');
    expect(html).toContain('not one of this workspace’s tracked profiles');
  });

  it('is not found for a member of another workspace, or another workspace’s profile in the URL', async () => {
    expect(await render(none.team.owner, effect.team.workspace.slug)).toBe('404');
    const html = await render(effect.team.viewer, effect.team.workspace.slug, { profile: none.profileId });
    expect(html).not.toContain(`Ada opt-in-none`);
    expect(html).toContain('not one of this workspace’s tracked profiles');
  });
});
