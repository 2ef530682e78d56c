import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as consentRoute from '@/app/api/v1/profiles/[id]/consent/route';
import * as postsRoute from '@/app/api/v1/posts/route';
import * as profilesRoute from '@/app/api/v1/profiles/route';
import { getDb } from '@/db/client';
import { consentEvents, postMetrics, posts, profiles } from '@/db/schema';
import { MAX_JSON_BODY_BYTES } from '@/lib/api/body';
import { openApiDocument } from '@/lib/api/openapi';
import { addConsentEvent } from '@/lib/consent/events';
import { createPost } from '@/lib/posts/posts';
import { createProfile, setProfileArchived } from '@/lib/profiles/profiles';
import { accessAs, makeTeam, makeToken, type Team } from '../support/fixtures';

// The data routes of the HTTP API, called as Next calls them: a Request and a params promise.

type Handler = (request: Request, context?: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Init = { token?: string; body?: unknown; raw?: BodyInit; headers?: Record<string, string>; params?: Record<string, string> };

function call(handler: Handler, pathname: string, { token, body, raw, headers = {}, params = {} }: Init = {}) {
  const method = body === undefined && raw === undefined ? 'GET' : 'POST';
  const request = new Request(`http://optlens.test/api/v1${pathname}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(method === 'POST' ? { 'content-type': 'application/json' } : {}), ...headers },
    body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
  return handler(request, { params: Promise.resolve(params) });
}

const getProfiles = (token: string, query = '') => call(profilesRoute.GET, `/profiles${query}`, { token });
const postProfile = (token: string, body: unknown) => call(profilesRoute.POST, '/profiles', { token, body });
const getConsent = (token: string, id: string) => call(consentRoute.GET, `/profiles/${id}/consent`, { token, params: { id } });
const postConsent = (token: string, id: string, body: unknown) => call(consentRoute.POST, `/profiles/${id}/consent`, { token, body, params: { id } });
const getPosts = (token: string, query: Record<string, string | number> = {}) =>
  call(postsRoute.GET, `/posts?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}`, { token });
const postPost = (token: string, body: unknown) => call(postsRoute.POST, '/posts', { token, body });

async function expectApiError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = await response.json();
  expect(body).toEqual({ error: { code, message: expect.stringMatching(/\S/), ...('details' in body.error ? { details: expect.anything() } : {}) } });
  return body.error as { code: string; message: string; details?: unknown };
}

/** The fields a 400's details name, from either detail shape (zod issues or fieldErrors). */
function fieldsNamed(details: unknown): string[] {
  if (Array.isArray(details)) return details.map((d: { path: string }) => d.path);
  const fieldErrors = (details as { fieldErrors?: Record<string, unknown> } | undefined)?.fieldErrors;
  return Object.keys(fieldErrors ?? {});
}

async function expectBadField(response: Response, field: string) {
  const error = await expectApiError(response, 400, 'bad_request');
  expect(fieldsNamed(error.details)).toContain(field);
}

/** The keys the OpenAPI document says a schema's objects have: replies must match them exactly. */
function documentedKeys(name: keyof typeof openApiDocument.components.schemas): string[] {
  const schema = openApiDocument.components.schemas[name] as unknown as { required?: readonly string[]; allOf?: { $ref?: string; required?: readonly string[] }[] };
  if (schema.allOf) {
    return schema.allOf.flatMap((part) => (part.$ref ? documentedKeys(part.$ref.split('/').pop() as typeof name) : [...(part.required ?? [])])).sort();
  }
  return [...(schema.required ?? [])].sort();
}

/** Row counts of every data table for a workspace: "nothing changed" is an equal snapshot. */
async function rowCounts(team: Team) {
  const db = await getDb();
  const ws = team.workspace.id;
  const counted = async (table: typeof profiles | typeof consentEvents | typeof posts | typeof postMetrics) =>
    (await db.select({ n: count() }).from(table).where(eq(table.workspaceId, ws)))[0]!.n;
  return { profiles: await counted(profiles), consentEvents: await counted(consentEvents), posts: await counted(posts), postMetrics: await counted(postMetrics) };
}

async function expectUnchanged(teams: Team[], act: () => Promise<void>) {
  const before = await Promise.all(teams.map(rowCounts));
  await act();
  expect(await Promise.all(teams.map(rowCounts))).toEqual(before);
}

// 19-digit activity ids whose time bits (id >> 22) are the given instant.
const idAt = (iso: string, n = 0) => ((BigInt(new Date(iso).getTime()) << 22n) + BigInt(n)).toString();
const urlFor = (id: string) => `https://www.linkedin.com/feed/update/urn:li:activity:${id}/`;

/** Two workspaces, each with a profile; tokens of workspace A for an editor and a viewer, and of B for an editor. */
async function twoWorkspaces(regionA = 'US') {
  const [a, b] = [await makeTeam('a'), await makeTeam('b')];
  const db = await getDb();
  const accessA = await accessAs(a.editor, a.workspace, 'data:write');
  const accessB = await accessAs(b.editor, b.workspace, 'data:write');
  const profileA = await createProfile(db, accessA, { name: 'Ada', kind: 'member', region: regionA });
  const profileB = await createProfile(db, accessB, { name: 'Bea', kind: 'member', region: 'US' });
  const [editorA, viewerA, editorB] = await Promise.all([makeToken(a, 'editor'), makeToken(a, 'viewer'), makeToken(b, 'editor')]);
  return { a, b, db, accessA, accessB, profileA, profileB, editorA: editorA.token, viewerA: viewerA.token, editorB: editorB.token };
}

describe('every data route', () => {
  it.each([
    ['GET /profiles', () => call(profilesRoute.GET, '/profiles')],
    ['POST /profiles', () => call(profilesRoute.POST, '/profiles', { body: {} })],
    ['GET /profiles/{id}/consent', () => call(consentRoute.GET, '/profiles/x/consent', { params: { id: 'x' } })],
    ['POST /profiles/{id}/consent', () => call(consentRoute.POST, '/profiles/x/consent', { body: {}, params: { id: 'x' } })],
    ['GET /posts', () => call(postsRoute.GET, '/posts')],
    ['POST /posts', () => call(postsRoute.POST, '/posts', { body: {} })],
  ])('%s answers 401 without a token', async (_, send) => {
    await expectApiError(await send(), 401, 'unauthorized');
  });
});

describe('GET /api/v1/profiles', () => {
  it('lists the workspace’s profiles by name, in the list shape, and nothing of another workspace', async () => {
    const { db, accessA, profileA, viewerA, editorB } = await twoWorkspaces();
    await createProfile(db, accessA, { name: 'Acme', kind: 'company', region: 'de', linkedinUrl: 'https://www.linkedin.com/company/acme/' });
    const response = await getProfiles(viewerA);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.nextCursor).toBeNull();
    expect(body.items.map((p: { name: string }) => p.name)).toEqual(['Acme', 'Ada']);
    expect(body.items[1]).toEqual({
      id: profileA.id,
      name: 'Ada',
      kind: 'member',
      linkedinUrl: null,
      region: 'US',
      memberUserId: null,
      archivedAt: null,
      createdAt: profileA.createdAt.toISOString(),
      updatedAt: profileA.updatedAt.toISOString(),
    });
    expect(Object.keys(body.items[0]).sort()).toEqual(documentedKeys('Profile'));
    expect((await (await getProfiles(editorB)).json()).items.map((p: { name: string }) => p.name)).toEqual(['Bea']);
  });

  it('leaves archived profiles out unless includeArchived=true', async () => {
    const { db, accessA, profileA, editorA } = await twoWorkspaces();
    await setProfileArchived(db, accessA, profileA.id, true);
    expect((await (await getProfiles(editorA)).json()).items).toEqual([]);
    const all = await (await getProfiles(editorA, '?includeArchived=true')).json();
    expect(all.items).toEqual([expect.objectContaining({ id: profileA.id, archivedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) })]);
    await expectBadField(await getProfiles(editorA, '?includeArchived=yes'), 'includeArchived');
  });
});

describe('POST /api/v1/profiles', () => {
  it('creates a profile and answers 201 with it and its id', async () => {
    const { a, editorA } = await twoWorkspaces();
    const response = await postProfile(editorA, { name: ' Acme ', kind: 'company', region: 'gb', linkedinUrl: 'https://www.linkedin.com/company/acme/', memberUserId: a.viewer.id });
    expect(response.status).toBe(201);
    const created = await response.json();
    expect(created).toMatchObject({ id: expect.any(String), name: 'Acme', kind: 'company', region: 'GB', memberUserId: a.viewer.id, archivedAt: null });
    expect(Object.keys(created).sort()).toEqual(documentedKeys('Profile'));
    expect((await (await getProfiles(editorA)).json()).items.map((p: { id: string }) => p.id)).toContain(created.id);
  });

  it('answers 403 to a viewer token and creates nothing', async () => {
    const { a, b, viewerA } = await twoWorkspaces();
    await expectUnchanged([a, b], async () => {
      await expectApiError(await postProfile(viewerA, { name: 'Acme', kind: 'company', region: 'US' }), 403, 'forbidden');
    });
  });

  it.each([
    ['no name', { kind: 'member', region: 'US' }, 'name'],
    ['a blank name', { name: '  ', kind: 'member', region: 'US' }, 'name'],
    ['an unknown kind', { name: 'A', kind: 'person', region: 'US' }, 'kind'],
    ['a region that is no ISO code', { name: 'A', kind: 'member', region: 'XX' }, 'region'],
    ['a three-letter region', { name: 'A', kind: 'member', region: 'USA' }, 'region'],
    ['a URL outside linkedin.com', { name: 'A', kind: 'member', region: 'US', linkedinUrl: 'https://example.com/in/a' }, 'linkedinUrl'],
    ['a memberUserId that is no id', { name: 'A', kind: 'member', region: 'US', memberUserId: 'me' }, 'memberUserId'],
  ])('answers 400 naming the field for %s', async (_, body, field) => {
    const { a, b, editorA } = await twoWorkspaces();
    await expectUnchanged([a, b], async () => expectBadField(await postProfile(editorA, body), field));
  });

  it('refuses a member of another workspace as memberUserId, changing nothing in either', async () => {
    const { a, b, editorA } = await twoWorkspaces();
    await expectUnchanged([a, b], async () => {
      await expectBadField(await postProfile(editorA, { name: 'A', kind: 'member', region: 'US', memberUserId: b.editor.id }), 'memberUserId');
    });
  });
});

describe('JSON request bodies', () => {
  const post = (token: string, raw: BodyInit, headers?: Record<string, string>) => call(profilesRoute.POST, '/profiles', { token, raw, headers });

  it.each([
    ['text that is not JSON', 'name=Acme&kind=company', /not valid JSON/],
    ['truncated JSON', '{"name": "Acme",', /not valid JSON/],
    ['an empty body', '', /empty/],
    ['a JSON array', '[{"name":"Acme"}]', /JSON object, not an array/],
    ['a JSON string', '"Acme"', /JSON object, not a string/],
    ['JSON null', 'null', /JSON object, not null/],
    ['bytes that are not UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), /UTF-8/],
  ])('answers 400 that says what is wrong for %s', async (_, raw, message) => {
    const { a, b, editorA } = await twoWorkspaces();
    await expectUnchanged([a, b], async () => {
      const error = await expectApiError(await post(editorA, raw), 400, 'bad_request');
      expect(error.message).toMatch(message);
    });
  });

  it('answers 413 to a body over 1 MB, whether or not it declares its length', async () => {
    const { a, b, editorA } = await twoWorkspaces();
    const big = JSON.stringify({ name: 'A', kind: 'member', region: 'US', padding: 'x'.repeat(MAX_JSON_BODY_BYTES) });
    await expectUnchanged([a, b], async () => {
      expect((await expectApiError(await post(editorA, big), 413, 'too_large')).message).toMatch(/1 MB/);
      await expectApiError(await post(editorA, big, { 'content-length': String(big.length) }), 413, 'too_large');
      // A stream with no length at all is cut off at the limit, not read to the end.
      const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
      let sent = 0;
      const endless = new ReadableStream<Uint8Array>({
        pull(controller) {
          sent += chunk.byteLength;
          controller.enqueue(chunk);
        },
      });
      const request = new Request('http://optlens.test/api/v1/profiles', {
        method: 'POST',
        headers: { authorization: `Bearer ${editorA}` },
        body: endless,
        duplex: 'half',
      } as RequestInit);
      await expectApiError(await profilesRoute.POST(request), 413, 'too_large');
      expect(sent).toBeLessThan(2 * MAX_JSON_BODY_BYTES);
    });
  });

  it('accepts a body of just under 1 MB', async () => {
    const { editorA } = await twoWorkspaces();
    const body = JSON.stringify({ name: 'A', kind: 'member', region: 'US', padding: 'x'.repeat(MAX_JSON_BODY_BYTES - 100) });
    expect((await post(editorA, body)).status).toBe(201);
  });
});

describe('GET /api/v1/profiles/{id}/consent', () => {
  it('lists the timeline oldest first, saying per event whether exposure was effective under the region rules', async () => {
    const { db, accessA, profileA, viewerA } = await twoWorkspaces('US');
    await addConsentEvent(db, accessA, profileA.id, { status: 'on', effectiveAt: '2025-06-01T00:00:00Z', note: 'Back on' }, 'manual');
    await addConsentEvent(db, accessA, profileA.id, { status: 'off', effectiveAt: '2025-03-01T00:00:00Z' }, 'manual');
    const response = await getConsent(viewerA, profileA.id);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.nextCursor).toBeNull();
    expect(body.items).toEqual([
      expect.objectContaining({ status: 'off', effectiveAt: '2025-03-01T00:00:00.000Z', note: null, exposureEffective: false, exposureState: 'opted_out' }),
      expect.objectContaining({ status: 'on', effectiveAt: '2025-06-01T00:00:00.000Z', note: 'Back on', exposureEffective: true, exposureState: 'exposed' }),
    ]);
    expect(body.items[0]).toMatchObject({ profileId: profileA.id, recordedVia: 'manual', recordedByEmail: accessA.actor.label, rule: { exempt: false, label: expect.any(String) } });
    expect(Object.keys(body.items[0]).sort()).toEqual(documentedKeys('ConsentEvent'));
    expect(body.current).toMatchObject({ state: 'exposed', exposureEffective: true, toggle: 'on', toggleFrom: 'event', since: '2025-06-01T00:00:00.000Z' });
    expect(Object.keys(body.current).sort()).toEqual(documentedKeys('ExposureNow'));
  });

  it('says an ON in an exempt region exposed nothing until the exemption ended', async () => {
    const { db, accessA, profileA, editorA } = await twoWorkspaces('DE');
    await addConsentEvent(db, accessA, profileA.id, { status: 'on', effectiveAt: '2025-01-15T00:00:00Z' }, 'manual');
    await addConsentEvent(db, accessA, profileA.id, { status: 'on', effectiveAt: '2025-12-01T00:00:00Z' }, 'manual');
    const { items } = await (await getConsent(editorA, profileA.id)).json();
    expect(items.map((i: { exposureEffective: boolean; exposureState: string; rule: { exempt: boolean } }) => [i.exposureEffective, i.exposureState, i.rule.exempt])).toEqual([
      [false, 'exempt', true],
      [true, 'exposed', false],
    ]);
  });

  it.each([
    ['another workspace’s profile', (ids: { b: string }) => ids.b],
    ['a profile id that does not exist', () => '00000000-0000-4000-8000-000000000000'],
    ['an id that is no uuid', () => 'not-an-id'],
  ])('answers 404 for %s', async (_, pick) => {
    const { profileB, editorA } = await twoWorkspaces();
    const id = pick({ b: profileB.id });
    expect((await expectApiError(await getConsent(editorA, id), 404, 'not_found')).message).not.toContain('Bea');
  });
});

describe('POST /api/v1/profiles/{id}/consent', () => {
  it('records the event as made through the API, answers 201 with its exposure, and re-computes the posts’ exposure', async () => {
    const { db, accessA, profileA, editorA } = await twoWorkspaces('US');
    const before = await createPost(db, accessA, { profileId: profileA.id, url: urlFor(idAt('2025-02-01T00:00:00Z')) });
    const after = await createPost(db, accessA, { profileId: profileA.id, url: urlFor(idAt('2025-05-01T00:00:00Z')) });
    const response = await postConsent(editorA, profileA.id, { status: 'off', effectiveAt: '2025-04-01', note: 'Opted out after the news' });
    expect(response.status).toBe(201);
    const event = await response.json();
    expect(event).toMatchObject({
      id: expect.any(String),
      profileId: profileA.id,
      status: 'off',
      effectiveAt: '2025-04-01T00:00:00.000Z',
      note: 'Opted out after the news',
      recordedVia: 'api',
      recordedByEmail: null,
      exposureEffective: false,
      exposureState: 'opted_out',
    });
    expect(Object.keys(event).sort()).toEqual(documentedKeys('ConsentEvent'));
    const timeline = await (await getConsent(editorA, profileA.id)).json();
    expect(timeline.items).toEqual([event]);
    // Published after the opt-out: never exposed. Published before: exposed, and stays in the pool.
    expect((await (await getPosts(editorA)).json()).items).toEqual([
      expect.objectContaining({ id: after.id, exposedAtPublication: false, everExposed: false, exposureState: 'opted_out' }),
      expect.objectContaining({ id: before.id, exposedAtPublication: true, everExposed: true, exposureState: 'exposed' }),
    ]);

    const on = await (await postConsent(editorA, profileA.id, { status: 'on', effectiveAt: '2025-04-15T00:00:00Z' })).json();
    expect(on).toMatchObject({ exposureEffective: true, exposureState: 'exposed' });
  });

  it('answers 404 for another workspace’s profile and records nothing in either', async () => {
    const { a, b, profileB, editorA } = await twoWorkspaces();
    await expectUnchanged([a, b], async () => {
      await expectApiError(await postConsent(editorA, profileB.id, { status: 'off', effectiveAt: '2025-04-01' }), 404, 'not_found');
    });
  });

  it('answers 403 to a viewer token and records nothing', async () => {
    const { a, b, profileA, viewerA } = await twoWorkspaces();
    await expectUnchanged([a, b], async () => {
      await expectApiError(await postConsent(viewerA, profileA.id, { status: 'off', effectiveAt: '2025-04-01' }), 403, 'forbidden');
    });
  });

  it.each([
    ['no status', { effectiveAt: '2025-04-01' }, 'status'],
    ['a status other than on or off', { status: 'maybe', effectiveAt: '2025-04-01' }, 'status'],
    ['no effectiveAt', { status: 'on' }, 'effectiveAt'],
    ['an effectiveAt that is no date', { status: 'on', effectiveAt: 'last Tuesday' }, 'effectiveAt'],
    ['an effectiveAt two years ahead', { status: 'on', effectiveAt: new Date(Date.now() + 730 * 86_400_000).toISOString() }, 'effectiveAt'],
    ['a note over 1,000 characters', { status: 'on', effectiveAt: '2025-04-01', note: 'x'.repeat(1001) }, 'note'],
  ])('answers 400 naming the field for %s', async (_, body, field) => {
    const { a, b, profileA, editorA } = await twoWorkspaces();
    await expectUnchanged([a, b], async () => expectBadField(await postConsent(editorA, profileA.id, body), field));
  });

  it('answers 400 to a body that is not JSON', async () => {
    const { profileA, editorA } = await twoWorkspaces();
    const response = await call(consentRoute.POST, `/profiles/${profileA.id}/consent`, { token: editorA, raw: 'status=on', params: { id: profileA.id } });
    expect((await expectApiError(response, 400, 'bad_request')).message).toMatch(/JSON/);
  });
});

describe('POST /api/v1/posts', () => {
  it('creates a post with its metrics and answers 201 with the post, its id and its snapshots', async () => {
    const { profileA, editorA } = await twoWorkspaces('US');
    const id = idAt('2025-05-04T10:00:00Z');
    const response = await postPost(editorA, {
      profileId: profileA.id,
      url: `https://www.linkedin.com/posts/ada_pricing-activity-${id}-AbCd/?utm_source=share`,
      text: 'Our pricing page is live',
      mediaKind: 'image',
      metrics: { capturedOn: '2025-05-10', impressions: 1000, membersReached: 700, reactions: 40, comments: 6, reposts: 4, clicks: 10, saves: 3 },
    });
    expect(response.status).toBe(201);
    const post = await response.json();
    expect(post).toMatchObject({
      id: expect.any(String),
      profileId: profileA.id,
      profileName: 'Ada',
      activityId: id,
      url: `https://www.linkedin.com/feed/update/urn:li:activity:${id}/`,
      publishedAt: '2025-05-04T10:00:00.000Z',
      text: 'Our pricing page is live',
      mediaKind: 'image',
      exposedAtPublication: true,
      everExposed: true,
      exposureState: 'exposed',
      latestMetrics: { capturedOn: '2025-05-10', impressions: 1000, membersReached: 700, reactions: 40, comments: 6, reposts: 4, clicks: 10, engagementRate: 0.06 },
      metrics: [{ capturedOn: '2025-05-10', impressions: 1000, membersReached: 700, reactions: 40, comments: 6, reposts: 4, clicks: 10, saves: 3, importId: null }],
    });
    expect(Object.keys(post).sort()).toEqual(documentedKeys('CreatedPost'));
    expect(Object.keys(post.metrics[0]).sort()).toEqual(documentedKeys('MetricSnapshot'));
    const { metrics: _, ...listed } = post;
    expect((await (await getPosts(editorA)).json()).items).toEqual([listed]);
  });

  it('creates a post without metrics', async () => {
    const { profileA, editorA } = await twoWorkspaces();
    const response = await postPost(editorA, { profileId: profileA.id, url: `urn:li:activity:${idAt('2025-05-04T10:00:00Z')}`, publishedAt: '2025-05-05T08:00:00Z' });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ publishedAt: '2025-05-05T08:00:00.000Z', latestMetrics: null, metrics: [] });
  });

  it('answers 409 to the same post again, in any URL form, and adds nothing', async () => {
    const { a, b, profileA, editorA } = await twoWorkspaces();
    const id = idAt('2025-05-04T10:00:00Z');
    const first = await (await postPost(editorA, { profileId: profileA.id, url: urlFor(id) })).json();
    await expectUnchanged([a, b], async () => {
      const error = await expectApiError(await postPost(editorA, { profileId: profileA.id, url: `urn:li:activity:${id}`, metrics: { impressions: 5 } }), 409, 'conflict');
      expect(error.message).toContain(first.id);
    });
  });

  it('lets another workspace add the same post', async () => {
    const { profileA, profileB, editorA, editorB } = await twoWorkspaces();
    const url = urlFor(idAt('2025-05-04T10:00:00Z'));
    expect((await postPost(editorA, { profileId: profileA.id, url })).status).toBe(201);
    expect((await postPost(editorB, { profileId: profileB.id, url })).status).toBe(201);
  });

  it('answers 404 for another workspace’s profileId and adds nothing in either', async () => {
    const { a, b, profileB, editorA } = await twoWorkspaces();
    await expectUnchanged([a, b], async () => {
      await expectApiError(await postPost(editorA, { profileId: profileB.id, url: urlFor(idAt('2025-05-04T10:00:00Z')), metrics: { impressions: 5 } }), 404, 'not_found');
    });
  });

  it('answers 403 to a viewer token and adds nothing', async () => {
    const { a, b, profileA, viewerA } = await twoWorkspaces();
    await expectUnchanged([a, b], async () => {
      await expectApiError(await postPost(viewerA, { profileId: profileA.id, url: urlFor(idAt('2025-05-04T10:00:00Z')) }), 403, 'forbidden');
    });
  });

  const url = urlFor(idAt('2025-05-04T10:00:00Z'));
  it.each([
    ['no profileId', { profileId: undefined, url }, 'profileId'],
    ['a profileId that is no id', { profileId: 'ada', url }, 'profileId'],
    ['no url', {}, 'url'],
    ['a URL that is not a LinkedIn post', { url: 'https://example.com/blog/pricing' }, 'url'],
    ['a publishedAt that is no date', { url, publishedAt: 'yesterday' }, 'publishedAt'],
    ['an unknown mediaKind', { url, mediaKind: 'hologram' }, 'mediaKind'],
    ['a negative metric', { url, metrics: { impressions: -1 } }, 'metrics.impressions'],
    ['a fractional metric', { url, metrics: { reactions: 1.5 } }, 'metrics.reactions'],
    ['a capturedOn in another date format', { url, metrics: { capturedOn: '10/05/2025', impressions: 1 } }, 'metrics.capturedOn'],
  ])('answers 400 naming the field for %s', async (_, input, field) => {
    const { a, b, profileA, editorA } = await twoWorkspaces();
    const body = { profileId: profileA.id, ...input };
    await expectUnchanged([a, b], async () => expectBadField(await postPost(editorA, body), field));
  });
});

describe('GET /api/v1/posts', () => {
  async function withPosts(n: number) {
    const setup = await twoWorkspaces('US');
    for (let i = 0; i < n; i++) {
      // Every fourth post has no metrics; publish times repeat so the id breaks ties.
      const metrics = i % 4 === 0 ? undefined : { capturedOn: '2025-08-01', impressions: (i * 37) % 11 };
      await createPost(setup.db, setup.accessA, {
        profileId: setup.profileA.id,
        url: urlFor(idAt('2025-07-01T00:00:00Z', i)),
        publishedAt: new Date(Date.UTC(2025, 6, 1 + (i % 5))),
        text: i % 2 ? `Post ${i} about pricing` : `Post ${i} about hiring`,
        metrics,
      });
    }
    await createPost(setup.db, setup.accessB, { profileId: setup.profileB.id, url: urlFor(idAt('2025-07-01T00:00:00Z', 999)), text: 'pricing in B' });
    return setup;
  }

  async function pageThrough(token: string, query: Record<string, string | number>) {
    const seen: { id: string; publishedAt: string; latestMetrics: { impressions: number } | null }[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await getPosts(token, { ...query, ...(cursor ? { cursor } : {}) });
      expect(response.status).toBe(200);
      const body = await response.json();
      expect(Object.keys(body).sort()).toEqual(['items', 'nextCursor']);
      expect(body.items.length).toBeLessThanOrEqual(Number(query.limit));
      seen.push(...body.items);
      cursor = body.nextCursor;
      pages++;
    } while (cursor);
    return { seen, pages };
  }

  it('pages through every post exactly once, in order, with the cursor', async () => {
    const { editorA, viewerA } = await withPosts(23);
    const { seen, pages } = await pageThrough(viewerA, { limit: 5 });
    expect(pages).toBe(5);
    expect(new Set(seen.map((p) => p.id)).size).toBe(23);
    const times = seen.map((p) => p.publishedAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(Object.keys(seen[0]!).sort()).toEqual(documentedKeys('Post'));
    expect(seen[0]).not.toHaveProperty('search');

    const byImpressions = await pageThrough(editorA, { sort: 'impressions', dir: 'asc', limit: 7 });
    expect(byImpressions.seen).toHaveLength(23);
    const values = byImpressions.seen.map((p) => p.latestMetrics?.impressions ?? -1);
    expect(values).toEqual([...values].sort((x, y) => x - y));
  });

  it('gives a last page with nextCursor null when the posts fit in one page', async () => {
    const { editorA } = await withPosts(3);
    const body = await (await getPosts(editorA, { limit: 3 })).json();
    expect(body.items).toHaveLength(3);
    expect(body.nextCursor).toBeNull();
  });

  it('filters by profile, dates, exposure and words, within the token’s workspace only', async () => {
    const { db, accessA, profileA, editorA, editorB } = await withPosts(10);
    const other = await createProfile(db, accessA, { name: 'Acme', kind: 'company', region: 'US' });
    await createPost(db, accessA, { profileId: other.id, url: urlFor(idAt('2025-09-01T00:00:00Z')), text: 'Acme news' });
    const ids = async (query: Record<string, string>, token = editorA) => (await (await getPosts(token, query)).json()).items.map((p: { text: string }) => p.text);

    expect(await ids({ profile: other.id })).toEqual(['Acme news']);
    expect(await ids({ profile: profileA.id })).toHaveLength(10);
    expect((await ids({ from: '2025-07-02', to: '2025-07-03' })).sort()).toEqual(['Post 1 about pricing', 'Post 6 about hiring']);
    expect(await ids({ q: 'pricing' })).toHaveLength(5);
    expect(await ids({ exposure: 'exposed' })).toHaveLength(11);
    expect(await ids({ exposure: 'not_exposed' })).toEqual([]);
    expect(await ids({}, editorB)).toEqual(['pricing in B']);
  });

  it('answers 404 for another workspace’s profile in the filter', async () => {
    const { profileB, editorA } = await withPosts(2);
    await expectApiError(await getPosts(editorA, { profile: profileB.id }), 404, 'not_found');
  });

  it.each([
    ['a profile that is no id', { profile: 'ada' }, 'profile'],
    ['a limit over 100', { limit: 101 }, 'limit'],
    ['a limit of 0', { limit: 0 }, 'limit'],
    ['a limit that is no number', { limit: 'all' }, 'limit'],
    ['an unknown sort', { sort: 'likes' }, 'sort'],
    ['an unknown direction', { dir: 'up' }, 'dir'],
    ['an unknown exposure filter', { exposure: 'maybe' }, 'exposure'],
    ['a from that is no date', { from: 'last week' }, 'from'],
    ['a to that is no date', { to: '2025-13-45' }, 'to'],
  ])('answers 400 naming the parameter for %s', async (_, query, field) => {
    const { editorA } = await withPosts(0);
    await expectBadField(await getPosts(editorA, query), field);
  });

  it('answers 400 to a cursor it did not hand out', async () => {
    const { editorA } = await withPosts(0);
    expect((await expectApiError(await getPosts(editorA, { cursor: 'garbage' }), 400, 'bad_request')).message).toMatch(/cursor/);
  });
});
