import { randomInt } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as postActions from '@/app/w/[workspace]/posts/actions';
import * as profileActions from '@/app/w/[workspace]/profiles/actions';
import * as ruleActions from '@/app/w/[workspace]/settings/rules/actions';
import * as entityActions from '@/app/w/[workspace]/entities/actions';
import { createEntity } from '@/lib/entities/entities';
import { getDb } from '@/db/client';
import { consentEvents, entities, entityAliases, followerCounts, postMetrics, posts, profiles, regionRules, type User } from '@/db/schema';
import { PERMISSIONS, type Permission } from '@/lib/auth/permissions';
import { sessionUser } from '@/lib/auth/session';
import { addConsentEvent } from '@/lib/consent/events';
import { createPost, getPost } from '@/lib/posts/posts';
import { createProfile } from '@/lib/profiles/profiles';
import { accessAs, makeTeam, type Team, roleTooLowFor } from '../support/fixtures';
import { submit, type Action, type Fields } from '../support/actions';

// The server actions of profiles, consent events, posts and region rules, as the forms send
// them. As in actions.test.ts, only the session is faked; the database is real.
vi.mock('@/lib/auth/session', () => ({ sessionUser: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ host: 'optlens.test' }) }));


// A 19-digit LinkedIn id whose time bits (id >> 22) say `iso`; random low bits keep it unique.
const postUrlAt = (iso: string) => `urn:li:activity:${((BigInt(Date.parse(iso)) << 22n) + BigInt(randomInt(1, 4_000_000))).toString()}`;

interface Seed {
  entityId: string;
  profileId: string;
  eventId: string;
  postId: string;
  ruleId: string;
}

/** One of everything the actions touch, in the team's workspace (made once per team). */
const seeds = new WeakMap<Team, Promise<Seed>>();
function seed(team: Team): Promise<Seed> {
  let made = seeds.get(team);
  if (!made) {
    made = (async () => {
      const db = await getDb();
      const access = await accessAs(team.editor, team.workspace, 'data:write');
      const profile = await createProfile(db, access, { name: 'Ada', kind: 'member', region: 'US' });
      const event = await addConsentEvent(db, access, profile.id, { status: 'off', effectiveAt: '2025-03-01T00:00:00Z' }, 'manual');
      const post = await createPost(db, access, { profileId: profile.id, url: postUrlAt('2025-01-10T00:00:00Z'), text: 'Hello' });
      const [rule] = await db.select().from(regionRules).where(eq(regionRules.workspaceId, team.workspace.id)).orderBy(asc(regionRules.effectiveFrom));
      const entity = await createEntity(db, access, { name: 'Ada Lovelace', kind: 'person', aliases: ['Ada'] });
      return { profileId: profile.id, eventId: event.id, postId: post.id, ruleId: rule!.id, entityId: entity.id };
    })();
    seeds.set(team, made);
  }
  return made;
}

/** Every row the actions could change in a workspace: a refused action leaves it identical. */
async function footprint(team: Team) {
  const db = await getDb();
  const of = (
    table: typeof profiles | typeof consentEvents | typeof posts | typeof postMetrics | typeof regionRules | typeof followerCounts | typeof entities | typeof entityAliases,
  ) =>
    db.select().from(table).where(eq(table.workspaceId, team.workspace.id));
  const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();
  const [p, e, po, m, r, f, en, al] = await Promise.all([
    of(profiles), of(consentEvents), of(posts), of(postMetrics), of(regionRules), of(followerCounts), of(entities), of(entityAliases),
  ]);
  return { profiles: sorted(p), events: sorted(e), posts: sorted(po), metrics: sorted(m), rules: sorted(r), followers: sorted(f), entities: sorted(en), aliases: sorted(al) };
}

const rule = { effectiveFrom: '2026-01-01', regions: 'US CA', label: 'Test rule', sourceTitle: 'A source', sourceUrl: 'https://example.com/source' };

// Every action these pages post to: its permission, and a valid form in a team.
const cases: Record<string, [Action, Permission, (t: Team) => Promise<Fields>]> = {
  createProfileAction: [profileActions.createProfileAction, 'data:write', async () => ({ name: 'Grace', kind: 'company', region: 'de' })],
  updateProfileAction: [profileActions.updateProfileAction, 'data:write', async (t) => ({ profileId: (await seed(t)).profileId, name: 'Ada L.', kind: 'member', region: 'GB' })],
  archiveProfileAction: [profileActions.archiveProfileAction, 'data:write', async (t) => ({ profileId: (await seed(t)).profileId, archived: 'true' })],
  addConsentEventAction: [profileActions.addConsentEventAction, 'data:write', async (t) => ({ profileId: (await seed(t)).profileId, status: 'on', effectiveAt: '2025-06-01T09:30', note: 'Back on' })],
  recordToggleNowAction: [profileActions.recordToggleNowAction, 'data:write', async (t) => ({ profileId: (await seed(t)).profileId, status: 'off' })],
  saveEntityAction: [entityActions.saveEntityAction, 'data:write', async (t) => ({ entityId: (await seed(t)).entityId, name: 'Ada King', kind: 'person', side: 'us', aliases: 'Ada\nLovelace' })],
  archiveEntityAction: [entityActions.archiveEntityAction, 'data:write', async (t) => ({ entityId: (await seed(t)).entityId, archived: 'true' })],
  recordFollowersAction: [profileActions.recordFollowersAction, 'data:write', async (t) => ({ profileId: (await seed(t)).profileId, day: '2026-01-31', total: '1520' })],
  deleteConsentEventAction: [profileActions.deleteConsentEventAction, 'data:write', async (t) => ({ profileId: (await seed(t)).profileId, eventId: (await seed(t)).eventId })],
  createPostAction: [postActions.createPostAction, 'data:write', async (t) => ({ profileId: (await seed(t)).profileId, url: postUrlAt('2025-04-01T08:00:00Z'), 'metrics.impressions': '100' })],
  updatePostAction: [postActions.updatePostAction, 'data:write', async (t) => ({ postId: (await seed(t)).postId, profileId: (await seed(t)).profileId, url: (await getPost(await getDb(), t.workspace.id, (await seed(t)).postId)).post.url, text: 'Edited' })],
  deletePostAction: [postActions.deletePostAction, 'data:write', async (t) => ({ postId: (await seed(t)).postId })],
  addSnapshotAction: [postActions.addSnapshotAction, 'data:write', async (t) => ({ postId: (await seed(t)).postId, capturedOn: '2025-02-01', impressions: '500', reactions: '12' })],
  saveRegionRuleAction: [ruleActions.saveRegionRuleAction, 'workspace:update', async (t) => ({ ...rule, ruleId: (await seed(t)).ruleId, exempt: 'on' })],
  deleteRegionRuleAction: [ruleActions.deleteRegionRuleAction, 'workspace:update', async (t) => ({ ruleId: (await seed(t)).ruleId })],
};
const table = Object.entries(cases).map(([name, [action, permission, fields]]) => ({ name, action, permission, fields }));

beforeEach(() => vi.mocked(sessionUser).mockReset());

it('covers every action the profiles, posts and region-rules modules export', () => {
  expect(Object.keys(cases).sort()).toEqual([...Object.keys(profileActions), ...Object.keys(postActions), ...Object.keys(ruleActions), ...Object.keys(entityActions)].sort());
});

describe.each(table)('$name', ({ action, permission, fields }) => {
  it('answers not_found, as for a workspace that does not exist, when sent another workspace’s slug and ids, and changes nothing there', async () => {
    const [mine, theirs] = [await makeTeam('mine'), await makeTeam('theirs')];
    const theirFields = await fields(theirs);
    const before = await footprint(theirs);
    const result = await submit(action, mine.owner, theirs.workspace.slug, theirFields);
    expect(result).toMatchObject({ status: 'error', code: 'not_found' });
    expect(result).toEqual(await submit(action, mine.owner, 'no-such-workspace', theirFields));
    expect(await footprint(theirs)).toEqual(before);
  });

  const tooLow = roleTooLowFor(permission)!;
  it(`answers forbidden to the ${tooLow} role, one step below ${permission}, and changes nothing`, async () => {
    const team = await makeTeam();
    const form = await fields(team);
    const before = await footprint(team);
    expect(await submit(action, team[tooLow], team.workspace.slug, form)).toMatchObject({ status: 'error', code: 'forbidden' });
    expect(await footprint(team)).toEqual(before);
  });

  it('answers unauthorized when nobody is signed in', async () => {
    const team = await makeTeam();
    expect(await submit(action, null, team.workspace.slug, await fields(team))).toMatchObject({ status: 'error', code: 'unauthorized' });
  });

  it(`succeeds for the lowest role with ${permission}`, async () => {
    const team = await makeTeam();
    const lowest = PERMISSIONS[permission].roles.at(-1)!;
    const result = await submit(action, team[lowest], team.workspace.slug, await fields(team));
    expect(result).not.toMatchObject({ status: 'error' });
  });
});

describe('ids of another workspace sent with my workspace’s slug', () => {
  const crossCases: [keyof typeof cases, string, (theirs: Seed) => Fields][] = [
    ['updateProfileAction', 'their profile', (t) => ({ profileId: t.profileId })],
    ['archiveProfileAction', 'their profile', (t) => ({ profileId: t.profileId })],
    ['addConsentEventAction', 'their profile', (t) => ({ profileId: t.profileId })],
    ['recordToggleNowAction', 'their profile', (t) => ({ profileId: t.profileId })],
    ['recordFollowersAction', 'their profile', (t) => ({ profileId: t.profileId })],
    ['saveEntityAction', 'their entity', (t) => ({ entityId: t.entityId })],
    ['archiveEntityAction', 'their entity', (t) => ({ entityId: t.entityId })],
    ['deleteConsentEventAction', 'their profile and event', (t) => ({ profileId: t.profileId, eventId: t.eventId })],
    ['deleteConsentEventAction', 'their event under my profile', (t) => ({ eventId: t.eventId })],
    ['createPostAction', 'their profile', (t) => ({ profileId: t.profileId })],
    ['updatePostAction', 'their post', (t) => ({ postId: t.postId })],
    ['updatePostAction', 'their profile for my post', (t) => ({ profileId: t.profileId })],
    ['deletePostAction', 'their post', (t) => ({ postId: t.postId })],
    ['addSnapshotAction', 'their post', (t) => ({ postId: t.postId })],
    ['saveRegionRuleAction', 'their rule', (t) => ({ ruleId: t.ruleId })],
    ['deleteRegionRuleAction', 'their rule', (t) => ({ ruleId: t.ruleId })],
  ];

  it.each(crossCases)('%s with %s: not_found, and neither workspace changes', async (name, _what, change) => {
    const [mine, theirs] = [await makeTeam('mine'), await makeTeam('theirs')];
    const [action, , fields] = cases[name]!;
    const form = { ...(await fields(mine)), ...change(await seed(theirs)) };
    const [theirsBefore, mineBefore] = [await footprint(theirs), await footprint(mine)];
    expect(await submit(action, mine.owner, mine.workspace.slug, form)).toMatchObject({ status: 'error', code: 'not_found' });
    expect(await footprint(theirs)).toEqual(theirsBefore);
    expect(await footprint(mine)).toEqual(mineBefore);
  });
});

const ok = { status: 'ok' };
async function rowsOf<T extends typeof profiles | typeof consentEvents | typeof posts | typeof postMetrics | typeof regionRules>(table: T, team: Team) {
  return (await getDb()).select().from(table as typeof profiles).where(eq(table.workspaceId, team.workspace.id)) as unknown as Promise<T['$inferSelect'][]>;
}

describe('profile actions that succeed', () => {
  it('add a profile with its region in upper case and hand back its id, and refuse an unknown region inline', async () => {
    const team = await makeTeam();
    const result = await submit(profileActions.createProfileAction, team.editor, team.workspace.slug, { name: 'Grace', kind: 'company', region: 'de', linkedinUrl: '' });
    expect(result).toEqual({ status: 'ok', data: { id: expect.any(String), name: 'Grace' } });
    expect(await rowsOf(profiles, team)).toEqual([expect.objectContaining({ name: 'Grace', kind: 'company', region: 'DE', linkedinUrl: null, memberUserId: null })]);
    const bad = await submit(profileActions.createProfileAction, team.editor, team.workspace.slug, { name: 'X', kind: 'member', region: 'XX', linkedinUrl: 'javascript:alert(1)' });
    expect(bad).toMatchObject({ status: 'error', code: 'bad_request', fieldErrors: { region: [expect.any(String)], linkedinUrl: [expect.any(String)] } });
  });

  it('edit a profile, link it to a member, and archive then restore it', async () => {
    const team = await makeTeam();
    const { profileId } = await seed(team);
    const fields = { profileId, name: 'Ada L.', kind: 'member', region: 'gb', memberUserId: team.viewer.id };
    expect(await submit(profileActions.updateProfileAction, team.editor, team.workspace.slug, fields)).toMatchObject(ok);
    expect((await rowsOf(profiles, team))[0]).toMatchObject({ name: 'Ada L.', region: 'GB', memberUserId: team.viewer.id });
    expect(await submit(profileActions.archiveProfileAction, team.editor, team.workspace.slug, { profileId, archived: 'true' })).toMatchObject(ok);
    expect((await rowsOf(profiles, team))[0]!.archivedAt).toBeInstanceOf(Date);
    expect(await submit(profileActions.archiveProfileAction, team.editor, team.workspace.slug, { profileId, archived: 'false' })).toMatchObject(ok);
    expect((await rowsOf(profiles, team))[0]!.archivedAt).toBeNull();
  });

  it('record an event whose datetime-local time is read as UTC, and recompute the exposure of posts after it', async () => {
    const team = await makeTeam();
    const { profileId, postId } = await seed(team);
    const db = await getDb();
    const access = await accessAs(team.editor, team.workspace, 'data:write');
    const later = await createPost(db, access, { profileId, url: postUrlAt('2025-07-01T00:00:00Z') });
    expect(later.exposedAtPublication).toBe(false); // the seed's OFF of 2025-03-01 applies
    const result = await submit(profileActions.addConsentEventAction, team.editor, team.workspace.slug, { profileId, status: 'on', effectiveAt: '2025-06-01T09:30', note: ' Back on ' });
    expect(result).toMatchObject(ok);
    const event = (await rowsOf(consentEvents, team)).find((e) => e.status === 'on')!;
    expect(event).toMatchObject({ effectiveAt: new Date('2025-06-01T09:30:00Z'), note: 'Back on', recordedVia: 'manual', recordedBy: team.editor.id });
    expect((await getPost(db, team.workspace.id, later.id)).post.exposedAtPublication).toBe(true);
    expect((await getPost(db, team.workspace.id, postId)).post.exposedAtPublication).toBe(true);
  });

  it('refuse an event without a time, inline on the field', async () => {
    const team = await makeTeam();
    const result = await submit(profileActions.addConsentEventAction, team.editor, team.workspace.slug, { profileId: (await seed(team)).profileId, status: 'off', effectiveAt: '' });
    expect(result).toMatchObject({ status: 'error', code: 'bad_request', fieldErrors: { effectiveAt: [expect.any(String)] } });
  });

  it('record “I turned it OFF today” at the moment of the click', async () => {
    const team = await makeTeam();
    const before = Date.now();
    expect(await submit(profileActions.recordToggleNowAction, team.editor, team.workspace.slug, { profileId: (await seed(team)).profileId, status: 'off' })).toMatchObject(ok);
    const latest = (await rowsOf(consentEvents, team)).sort((a, b) => b.effectiveAt.getTime() - a.effectiveAt.getTime())[0]!;
    expect(latest.status).toBe('off');
    expect(latest.effectiveAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(latest.effectiveAt.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('delete an event', async () => {
    const team = await makeTeam();
    const { profileId, eventId } = await seed(team);
    expect(await submit(profileActions.deleteConsentEventAction, team.editor, team.workspace.slug, { profileId, eventId })).toMatchObject(ok);
    expect(await rowsOf(consentEvents, team)).toEqual([]);
  });
});

describe('post actions that succeed', () => {
  it('add a post with its first snapshot, its time taken from its id, and go to its page', async () => {
    const team = await makeTeam();
    const { profileId } = await seed(team);
    const url = postUrlAt('2025-04-01T08:00:00Z');
    const fields = { profileId, url, publishedAt: '', text: '<script>alert(1)</script>', mediaKind: 'image', visibility: 'PUBLIC' };
    const metrics = { 'metrics.capturedOn': '2025-04-03', 'metrics.impressions': '1200', 'metrics.reactions': '30', 'metrics.comments': '' };
    const result = await submit(postActions.createPostAction, team.editor, team.workspace.slug, { ...fields, ...metrics });
    const post = (await rowsOf(posts, team)).find((p) => url.endsWith(p.activityId))!;
    expect(result).toEqual({ redirectedTo: `/w/${team.workspace.slug}/posts/${post.id}` });
    expect(post).toMatchObject({ text: '<script>alert(1)</script>', mediaKind: 'image', visibility: 'PUBLIC', latestImpressions: 1200, latestReactions: 30 });
    expect(post.publishedAt.toISOString().slice(0, 16)).toBe('2025-04-01T08:00');
    expect(await rowsOf(postMetrics, team)).toEqual([expect.objectContaining({ postId: post.id, capturedOn: '2025-04-03', comments: null })]);
  });

  it('read a given publish time as UTC, and store no snapshot when no number is given', async () => {
    const team = await makeTeam();
    const fields = { profileId: (await seed(team)).profileId, url: postUrlAt('2025-04-01T08:00:00Z'), publishedAt: '2025-04-02T10:15', 'metrics.capturedOn': '2025-04-03' };
    expect(await submit(postActions.createPostAction, team.editor, team.workspace.slug, fields)).toHaveProperty('redirectedTo');
    const post = (await rowsOf(posts, team)).find((p) => fields.url.endsWith(p.activityId))!;
    expect(post.publishedAt.toISOString()).toBe('2025-04-02T10:15:00.000Z');
    expect((await rowsOf(postMetrics, team)).filter((m) => m.postId === post.id)).toEqual([]);
  });

  it('refuse a link that names no post and a negative metric, each on its own field', async () => {
    const team = await makeTeam();
    const profileId = (await seed(team)).profileId;
    const notAPost = await submit(postActions.createPostAction, team.editor, team.workspace.slug, { profileId, url: 'https://example.com/x' });
    expect(notAPost).toMatchObject({ status: 'error', code: 'bad_request', fieldErrors: { url: [expect.any(String)] } });
    const negative = await submit(postActions.createPostAction, team.editor, team.workspace.slug, { profileId, url: postUrlAt('2025-04-01T08:00:00Z'), 'metrics.impressions': '-4' });
    expect(negative).toMatchObject({ status: 'error', code: 'bad_request', fieldErrors: { 'metrics.impressions': [expect.any(String)] } });
  });

  it('edit a post and keep its exact publish time when the field is left empty', async () => {
    const team = await makeTeam();
    const { postId, profileId } = await seed(team);
    const db = await getDb();
    const { post } = await getPost(db, team.workspace.id, postId);
    const result = await submit(postActions.updatePostAction, team.editor, team.workspace.slug, { postId, profileId, url: post.url, publishedAt: '', text: 'Edited\nsecond line' });
    expect(result).toMatchObject(ok);
    expect((await getPost(db, team.workspace.id, postId)).post).toMatchObject({ text: 'Edited\nsecond line', publishedAt: post.publishedAt });
  });

  it('add snapshots, one per day, defaulting to today', async () => {
    const team = await makeTeam();
    const { postId } = await seed(team);
    expect(await submit(postActions.addSnapshotAction, team.editor, team.workspace.slug, { postId, capturedOn: '', impressions: '50' })).toMatchObject(ok);
    expect(await submit(postActions.addSnapshotAction, team.editor, team.workspace.slug, { postId, capturedOn: '2025-02-01', impressions: '500', reactions: '12' })).toMatchObject(ok);
    const days = (await rowsOf(postMetrics, team)).map((m) => [m.capturedOn, m.impressions]).sort();
    expect(days).toEqual([['2025-02-01', 500], [new Date().toISOString().slice(0, 10), 50]]);
  });

  it('delete a post and return to the list', async () => {
    const team = await makeTeam();
    const { postId } = await seed(team);
    expect(await submit(postActions.deletePostAction, team.editor, team.workspace.slug, { postId })).toEqual({ redirectedTo: `/w/${team.workspace.slug}/posts` });
    expect(await rowsOf(posts, team)).toEqual([]);
  });
});

describe('region-rule actions that succeed', () => {
  it('add a rule that makes a region exempt, and recompute exposure', async () => {
    const team = await makeTeam();
    const { postId } = await seed(team);
    const result = await submit(ruleActions.saveRegionRuleAction, team.admin, team.workspace.slug, { ...rule, effectiveFrom: '2024-12-01', regions: 'us, ca', exempt: 'on', defaultOn: 'on' });
    expect(result).toMatchObject(ok);
    expect((await rowsOf(regionRules, team)).find((r) => r.label === 'Test rule')).toMatchObject({ regions: ['US', 'CA'], exempt: true, defaultOn: true, startUnconfirmed: false });
    expect((await getPost(await getDb(), team.workspace.id, postId)).post.exposureState).toBe('exempt');
  });

  it('edit a rule: an unticked box is false', async () => {
    const team = await makeTeam();
    const { ruleId } = await seed(team);
    expect(await submit(ruleActions.saveRegionRuleAction, team.admin, team.workspace.slug, { ...rule, ruleId })).toMatchObject(ok);
    expect((await rowsOf(regionRules, team)).find((r) => r.id === ruleId)).toMatchObject({ label: 'Test rule', exempt: false, defaultOn: false });
  });

  it('refuse a source link that is not a web address', async () => {
    const team = await makeTeam();
    const result = await submit(ruleActions.saveRegionRuleAction, team.admin, team.workspace.slug, { ...rule, sourceUrl: 'javascript:alert(1)' });
    expect(result).toMatchObject({ status: 'error', code: 'bad_request', fieldErrors: { sourceUrl: [expect.any(String)] } });
  });

  it('delete a rule', async () => {
    const team = await makeTeam();
    const { ruleId } = await seed(team);
    expect(await submit(ruleActions.deleteRegionRuleAction, team.admin, team.workspace.slug, { ruleId })).toMatchObject(ok);
    expect((await rowsOf(regionRules, team)).map((r) => r.id)).not.toContain(ruleId);
  });
});
