import { describe, expect, it } from 'vitest';
import * as answersRoute from '@/app/api/v1/answers/route';
import { getDb } from '@/db/client';
import { createPost } from '@/lib/posts/posts';
import { createProfile } from '@/lib/profiles/profiles';
import { pendingRescanCount, rescanWorkspace } from '@/lib/answers/scan';
import { createEntity, setEntityArchived, updateEntity } from '@/lib/entities/entities';
import { createPrompt } from '@/lib/probes/prompts';
import { accessAs, makeTeam, makeToken, type Team } from '../support/fixtures';

const call = async (handler: (r: Request) => Promise<Response>, token: string, body?: unknown, query = '') => {
  const response = await handler(
    new Request(`http://optlens.test/api/v1/answers${query}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
  return { status: response.status, body: await response.json() };
};

async function withNames(team: Team) {
  const access = await accessAs(team.editor, team.workspace, 'data:write');
  const db = await getDb();
  const us = await createEntity(db, access, { name: 'B2B Growth Co', kind: 'brand', aliases: ['b2bgrowthco.com'] });
  const rival = await createEntity(db, access, { name: 'Acme', kind: 'organization', isUs: false, aliases: ['acme.com'] });
  return { us, rival, access };
}

const ANSWER = 'The best agencies are Acme and B2B Growth Co. B2B Growth Co’s LinkedIn playbook is excellent.';

describe('POST /api/v1/answers', () => {
  it('records an answer (201) and replies with the mentions: UTF-16 spans into the answer, rank, visibility, sentiment', async () => {
    const team = await makeTeam('ans-post');
    const { us, rival } = await withNames(team);
    const editor = await makeToken(team, 'editor');
    const created = await call(answersRoute.POST, editor.token, {
      engine: 'perplexity',
      model: 'sonar',
      askedAt: '2026-03-01T10:00:00Z',
      prompt: 'Best B2B LinkedIn agencies?',
      answer: ANSWER,
      citations: ['https://acme.com/about', 'https://www.b2bgrowthco.com/blog'],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: expect.any(String), engine: 'perplexity', model: 'sonar', source: 'api', duplicate: false });
    const mentions = created.body.mentions as { entityId: string; alias: string; start: number; end: number; rank: number; visibility: number; sentiment: number }[];
    expect(mentions.map((m) => [m.entityId, ANSWER.slice(m.start, m.end), m.rank])).toEqual([
      [rival.id, 'Acme', 1],
      [us.id, 'B2B Growth Co', 2],
      [us.id, 'B2B Growth Co', 2],
    ]);
    for (const m of mentions) {
      expect(Object.keys(m).sort()).toEqual(['alias', 'end', 'entityId', 'rank', 'sentiment', 'start', 'visibility']);
      expect(m.visibility).toBeGreaterThan(0);
      expect(m.visibility).toBeLessThanOrEqual(1);
    }
    // The second sentence names only us and praises: our visibility is higher, our sentiment positive.
    const usMention = mentions.find((m) => m.entityId === us.id)!;
    const rivalMention = mentions.find((m) => m.entityId === rival.id)!;
    expect(usMention.visibility).toBeGreaterThan(rivalMention.visibility);
    expect(created.body.citationDetails).toEqual([
      { url: 'https://acme.com/about', host: 'acme.com', ours: false, entityIds: [rival.id], linkedinPostId: null },
      { url: 'https://www.b2bgrowthco.com/blog', host: 'www.b2bgrowthco.com', ours: true, entityIds: [us.id], linkedinPostId: null },
    ]);
    expect(created.body.entities.map((e: { name: string; ownCitation: boolean }) => [e.name, e.ownCitation])).toEqual([
      ['Acme', true],
      ['B2B Growth Co', true],
    ]);
  });

  it('replies 200 with the stored answer when the same answer is sent again, and stores it once', async () => {
    const team = await makeTeam('ans-dup');
    await withNames(team);
    const editor = await makeToken(team, 'editor');
    const body = { engine: 'chatgpt', askedAt: '2026-03-01T10:00:00Z', prompt: 'Q?', answer: ANSWER };
    const first = await call(answersRoute.POST, editor.token, body);
    const again = await call(answersRoute.POST, editor.token, body);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.body.id, duplicate: true });
    expect(again.body.mentions).toEqual(first.body.mentions);
    expect((await call(answersRoute.GET, editor.token)).body.items).toHaveLength(1);
  });

  it('marks a citation of one of the workspace’s LinkedIn posts as ours', async () => {
    const team = await makeTeam('ans-li');
    const { access } = await withNames(team);
    const db = await getDb();
    const profile = await createProfile(db, access, { name: 'Michelle', kind: 'member', region: 'AU' });
    await createPost(db, access, { profileId: profile.id, url: 'https://www.linkedin.com/feed/update/urn:li:activity:7234567890123456789/' });
    const editor = await makeToken(team, 'editor');
    const created = await call(answersRoute.POST, editor.token, {
      engine: 'copilot',
      askedAt: '2026-03-01T10:00:00Z',
      prompt: 'Q?',
      answer: 'Nothing to see.',
      citations: ['https://www.linkedin.com/posts/michelle_linkedin-tips-activity-7234567890123456789-abcd', 'https://www.linkedin.com/feed/update/urn:li:activity:7111111111111111111/'],
    });
    expect(created.body.citationDetails.map((c: { ours: boolean; linkedinPostId: string }) => [c.linkedinPostId, c.ours])).toEqual([
      ['7234567890123456789', true],
      ['7111111111111111111', false],
    ]);
  });

  it('refuses bad input with 400 naming each field, a viewer with 403, and a 5 MB answer with 413', async () => {
    const team = await makeTeam('ans-bad');
    const [editor, viewer] = await Promise.all([makeToken(team, 'editor'), makeToken(team, 'viewer')]);
    const bad = await call(answersRoute.POST, editor.token, { engine: 'bard', askedAt: 'yesterday', prompt: '', answer: '   ', citations: ['javascript:alert(1)'] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['answer', 'askedAt', 'citations.0', 'engine', 'prompt']);
    const future = await call(answersRoute.POST, editor.token, { engine: 'chatgpt', askedAt: '2999-01-01T00:00:00Z', prompt: 'Q', answer: 'A' });
    expect(future.status).toBe(400);
    expect(JSON.stringify(future.body)).toContain('future');
    expect((await call(answersRoute.POST, viewer.token, { engine: 'chatgpt', askedAt: '2026-01-01', prompt: 'Q', answer: 'A' })).status).toBe(403);
    const huge = await call(answersRoute.POST, editor.token, JSON.stringify({ engine: 'chatgpt', askedAt: '2026-01-01', prompt: 'Q', answer: 'x'.repeat(5 * 1024 * 1024) }));
    expect(huge.status).toBe(413);
    const long = await call(answersRoute.POST, editor.token, { engine: 'chatgpt', askedAt: '2026-01-01', prompt: 'Q', answer: 'x'.repeat(200_001) });
    expect(long.status).toBe(400);
    expect(long.body.error.details[0].message).toContain('200,000');
  });

  it('refuses another workspace’s tracked prompt id', async () => {
    const [a, b] = await Promise.all([makeTeam('ans-pa'), makeTeam('ans-pb')]);
    const prompt = await createPrompt(await getDb(), await accessAs(b.editor, b.workspace, 'data:write'), { text: 'Who?' });
    const editor = await makeToken(a, 'editor');
    const reply = await call(answersRoute.POST, editor.token, { engine: 'chatgpt', askedAt: '2026-01-01', prompt: 'Q', answer: 'A', promptId: prompt.id });
    expect(reply.status).toBe(400);
    expect(reply.body.error.message).toContain('promptId');
  });
});

describe('GET /api/v1/answers', () => {
  it('lists the token’s workspace only, filters by engine, entity, prompt and dates, and pages with a cursor', async () => {
    const [a, b] = await Promise.all([makeTeam('ans-list-a'), makeTeam('ans-list-b')]);
    const { us, rival, access } = await withNames(a);
    const { us: usB } = await withNames(b);
    const prompt = await createPrompt(await getDb(), access, { text: 'Who are the best agencies?' });
    const [tokenA, tokenB] = await Promise.all([makeToken(a, 'viewer'), makeToken(b, 'editor')]);
    const editorA = await makeToken(a, 'editor');
    const days = ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04'];
    for (const [i, day] of days.entries()) {
      await call(answersRoute.POST, editorA.token, {
        engine: i % 2 ? 'chatgpt' : 'gemini',
        askedAt: `${day}T12:00:00Z`,
        prompt: 'Who are the best agencies?',
        answer: i === 3 ? 'Acme only.' : `B2B Growth Co, day ${i}.`,
        promptId: i === 0 ? prompt.id : undefined,
      });
    }
    await call(answersRoute.POST, tokenB.token, { engine: 'chatgpt', askedAt: '2026-03-01T12:00:00Z', prompt: 'Q', answer: 'B2B Growth Co.' });

    const all = await call(answersRoute.GET, tokenA.token);
    expect(all.body.items.map((x: { askedAt: string }) => x.askedAt.slice(0, 10))).toEqual([...days].reverse());
    const names = (query: string) => call(answersRoute.GET, tokenA.token, undefined, query).then((r) => r.body.items.map((x: { askedAt: string }) => x.askedAt.slice(0, 10)));
    expect(await names('?engine=chatgpt')).toEqual(['2026-03-04', '2026-03-02']);
    expect(await names(`?entity=${us.id}`)).toEqual(['2026-03-03', '2026-03-02', '2026-03-01']);
    expect(await names(`?entity=${rival.id}`)).toEqual(['2026-03-04']);
    expect(await names(`?prompt=${prompt.id}`)).toEqual(['2026-03-01']);
    expect(await names('?from=2026-03-02&to=2026-03-04')).toEqual(['2026-03-03', '2026-03-02']);

    const page1 = await call(answersRoute.GET, tokenA.token, undefined, '?limit=3');
    expect(page1.body.items).toHaveLength(3);
    const page2 = await call(answersRoute.GET, tokenA.token, undefined, `?limit=3&cursor=${page1.body.nextCursor}`);
    expect(page2.body.items.map((x: { askedAt: string }) => x.askedAt.slice(0, 10))).toEqual(['2026-03-01']);
    expect(page2.body.nextCursor).toBeNull();

    // Another workspace's ids are not found, not an empty list.
    expect((await call(answersRoute.GET, tokenA.token, undefined, `?entity=${usB.id}`)).status).toBe(404);
    expect((await call(answersRoute.GET, tokenB.token, undefined, `?prompt=${prompt.id}`)).status).toBe(404);
    expect((await call(answersRoute.GET, tokenB.token)).body.items).toHaveLength(1);
    expect((await call(answersRoute.GET, tokenA.token, undefined, '?limit=101')).status).toBe(400);
    expect((await call(answersRoute.GET, tokenA.token, undefined, '?cursor=nonsense')).status).toBe(400);
    expect((await call(answersRoute.GET, tokenA.token, undefined, '?engine=bard')).status).toBe(400);
  });

  it('needs a token', async () => {
    const response = await answersRoute.GET(new Request('http://optlens.test/api/v1/answers'));
    expect(response.status).toBe(401);
  });
});

describe('re-scans', () => {
  it('find a new alias in answers recorded before it, and drop an archived entity’s mentions', async () => {
    const team = await makeTeam('ans-rescan');
    const { us, access } = await withNames(team);
    const editor = await makeToken(team, 'editor');
    const db = await getDb();
    const created = await call(answersRoute.POST, editor.token, { engine: 'claude', askedAt: '2026-03-01T10:00:00Z', prompt: 'Q', answer: 'Ask MJR about it, or Acme.' });
    expect(created.body.mentions.map((m: { alias: string }) => m.alias)).toEqual(['Acme']);

    await updateEntity(db, access, us.id, { name: 'B2B Growth Co', kind: 'brand', aliases: ['b2bgrowthco.com', { text: 'MJR', caseSensitive: true }] });
    expect(await pendingRescanCount(db, team.workspace.id)).toBe(1);
    expect(await rescanWorkspace(db, team.workspace.id)).toBe(1);
    expect(await pendingRescanCount(db, team.workspace.id)).toBe(0);
    const after = await call(answersRoute.GET, editor.token);
    expect(after.body.items[0].mentions.map((m: { alias: string; rank: number }) => [m.alias, m.rank])).toEqual([
      ['MJR', 1],
      ['Acme', 2],
    ]);

    const rival = after.body.items[0].mentions[1].entityId as string;
    await setEntityArchived(db, access, rival, true);
    await rescanWorkspace(db, team.workspace.id);
    const archived = await call(answersRoute.GET, editor.token);
    expect(archived.body.items[0].mentions.map((m: { alias: string; rank: number }) => [m.alias, m.rank])).toEqual([['MJR', 1]]);
    expect(await rescanWorkspace(db, team.workspace.id)).toBe(0);
  });
});
