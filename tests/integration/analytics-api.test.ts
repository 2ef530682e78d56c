import { beforeAll, describe, expect, it } from 'vitest';
import { GET as getSummary } from '@/app/api/v1/analytics/summary/route';
import { getDb } from '@/db/client';
import { recordAnswer } from '@/lib/answers/record';
import { addConsentEvent } from '@/lib/consent/events';
import { kpis, parseRange } from '@/lib/dashboard';
import { createEntity } from '@/lib/entities/entities';
import { runOptInTest } from '@/lib/opt-in-test';
import { createPost } from '@/lib/posts/posts';
import { recordFollowerCount } from '@/lib/profiles/followers';
import { createProfile } from '@/lib/profiles/profiles';
import { accessAs, makeTeam, makeToken, type Team } from '../support/fixtures';

// GET /api/v1/analytics/summary: the dashboard's numbers and the opt-in test for a range, as
// lib/ computes them, behind the API's token, scoping and validation.

const summary = (query: string, token?: string) =>
  getSummary(new Request(`http://optlens.test/api/v1/analytics/summary${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} }));

/** The same values after a trip through JSON (Dates become strings, undefined disappears). */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value));

let team: Team;
let other: Team;
let viewerToken: string;
let profileId: string;
let otherProfileId: string;

beforeAll(async () => {
  const db = await getDb();
  [team, other] = await Promise.all([makeTeam('summary'), makeTeam('summary-other')]);
  const editor = await accessAs(team.editor, team.workspace, 'data:write');
  const profile = await createProfile(db, editor, { name: 'Ada', kind: 'member', region: 'US' });
  profileId = profile.id;
  otherProfileId = (await createProfile(db, await accessAs(other.editor, other.workspace, 'data:write'), { name: 'Eve', kind: 'member', region: 'US' })).id;
  // Exposed by LinkedIn's default until March 2025, opted out after.
  await addConsentEvent(db, editor, profileId, { status: 'off', effectiveAt: '2025-03-01T00:00:00Z' }, 'manual');
  await recordFollowerCount(db, editor, profileId, { day: '2024-12-01', total: 1000 });
  await recordFollowerCount(db, editor, profileId, { day: '2025-04-01', total: 1200 });
  for (let i = 0; i < 12; i++) {
    const day = new Date(Date.UTC(2025, 0, 6 + i * 14, 9));
    await createPost(db, editor, {
      profileId,
      url: `urn:li:activity:73000000000000${String(10000 + i)}`,
      publishedAt: day.toISOString(),
      metrics: { capturedOn: '2025-08-01', impressions: 500 + 37 * i, reactions: 10 + i, comments: 2 },
    });
  }
  await createEntity(db, editor, { name: 'Acme', kind: 'organization', isUs: true });
  await createEntity(db, editor, { name: 'Rival', kind: 'organization', isUs: false });
  for (let i = 0; i < 10; i++) {
    await recordAnswer(
      db,
      editor,
      { engine: 'claude', askedAt: new Date(Date.UTC(2025, 1, 1 + i * 15, 12)).toISOString(), prompt: 'Who is best?', answer: i % 3 === 0 ? 'Acme, then Rival.' : 'Rival.' },
      'api',
    );
  }
  viewerToken = (await makeToken(team, 'viewer')).token;
});

async function expectBadField(query: string, field: string) {
  const response = await summary(query, viewerToken);
  expect(response.status, query).toBe(400);
  const body = await response.json();
  expect(body.error.code).toBe('bad_request');
  expect(body.error.details.map((d: { path: string }) => d.path), query).toContain(field);
}

describe('GET /api/v1/analytics/summary', () => {
  it('answers 401 without a token', async () => {
    const response = await summary('');
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe('unauthorized');
  });

  it('gives a viewer token the reach, visibility and opt-in test of the range, exactly as lib/ computes them', async () => {
    const response = await summary('?from=2025-01-01&to=2025-06-30&lag=30', viewerToken);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.range).toEqual({ from: '2025-01-01', to: '2025-06-30', profile: null, lagDays: 30, previous: { from: '2024-07-04', to: '2024-12-31' } });

    const db = await getDb();
    const range = parseRange({ range: 'custom', from: '2025-01-01', to: '2025-06-30' }, null);
    const scope = { workspaceId: team.workspace.id, profileId: null, from: range.from, to: range.to };
    const [current, previous, optInTest] = await Promise.all([kpis(db, scope), kpis(db, { ...scope, ...range.previous! }), runOptInTest(db, scope, { lagDays: 30, bucket: range.bucket })]);
    expect(body.reach).toEqual(asJson({ current: current.reach, previous: previous.reach }));
    expect(body.visibility).toEqual(asJson({ current: current.visibility, previous: previous.visibility }));
    expect(body.optInTest).toEqual(asJson(optInTest));
    // The data are really there: 12 posts, 10 answers of which 4 name Acme.
    expect(body.reach.current.posts).toBe(12);
    expect(body.visibility.current).toMatchObject({ answers: 10, answersMentioning: 4 });
    expect(body.optInTest.lagDays).toBe(30);
    expect(body.optInTest.comparisons.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining(['reach', 'engagement', 'mention_rate', 'share_of_voice']));
  });

  it('narrows to one profile, and defaults to the last 30 days with a 90-day lag', async () => {
    const one = await (await summary(`?from=2025-01-01&to=2025-06-30&profile=${profileId}`, viewerToken)).json();
    expect(one.range.profile).toBe(profileId);
    expect(one.optInTest.scope.profileId).toBe(profileId);
    expect(one.optInTest.lagDays).toBe(90);

    const today = new Date().toISOString().slice(0, 10);
    const fallback = await (await summary('', viewerToken)).json();
    expect(fallback.range.to).toBe(today);
    expect(Date.parse(fallback.range.to) - Date.parse(fallback.range.from)).toBe(29 * 86_400_000);
    expect(fallback.range.previous.to).toBe(new Date(Date.parse(fallback.range.from) - 86_400_000).toISOString().slice(0, 10));
    expect(fallback.optInTest.lagDays).toBe(90);
  });

  it('answers 404 for another workspace’s profile or an id that is no id', async () => {
    for (const id of [otherProfileId, 'not-a-uuid']) {
      const response = await summary(`?profile=${id}`, viewerToken);
      expect(response.status).toBe(404);
      expect((await response.json()).error.code).toBe('not_found');
    }
  });

  it('answers 400 naming the field for bad days and lags', async () => {
    await expectBadField('?from=2025-02-30', 'from');
    await expectBadField('?from=yesterday&to=2025-01-01', 'from');
    await expectBadField('?to=31/01/2025', 'to');
    await expectBadField('?from=2025-03-01&to=2025-02-01', 'to');
    await expectBadField('?from=2999-01-01', 'from');
    for (const lag of ['366', '-1', '1.5', 'ninety']) await expectBadField(`?lag=${lag}`, 'lag');
  });
});
