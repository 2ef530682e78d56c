import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as engineActions from '@/app/w/[workspace]/settings/engines/actions';
import * as promptActions from '@/app/w/[workspace]/prompts/actions';
import { getDb } from '@/db/client';
import { engines, probeRuns, promptEngines, trackedPrompts, type User } from '@/db/schema';
import { PERMISSIONS, type Permission } from '@/lib/auth/permissions';
import { sessionUser } from '@/lib/auth/session';
import { checkEngine, CHECK_PROMPT } from '@/lib/probes/check';
import { createEngine } from '@/lib/probes/engines';
import { createPrompt } from '@/lib/probes/prompts';
import { accessAs, makeTeam, makeUser, roleTooLowFor, type Team } from '../support/fixtures';
import { submit, type Action, type Fields } from '../support/actions';
import { openAiReply, startEngineServer, type EngineServer } from '../unit/probes/engine-server';

// The engines settings page, the prompts pages and their server actions, as the forms send
// them; and the engines' "Test connection" against a local stand-in for an OpenAI-compatible
// API. Only the session is faked; the database is real.
vi.mock('@/lib/auth/session', () => ({ sessionUser: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ host: 'optlens.test' }), cookies: async () => ({ get: () => undefined }) }));

const KEY = 'sk-test-Zq8vN3xK5pL2mR7wT4yB9cD1';

let server: EngineServer;

beforeAll(async () => {
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true'; // as next.config.js's authInterrupts sets it
  server = await startEngineServer();
  server.script({ json: openAiReply('OK') });
});
afterAll(() => server.close());
beforeEach(() => vi.mocked(sessionUser).mockReset());

interface Seed {
  engineId: string;
  promptId: string;
}

/** An engine (pointing at the local server, with a key) and a prompt asked of it, made once per team. */
const seeds = new WeakMap<Team, Promise<Seed>>();
function seed(team: Team): Promise<Seed> {
  let made = seeds.get(team);
  if (!made) {
    made = (async () => {
      const db = await getDb();
      const engine = await createEngine(db, await accessAs(team.admin, team.workspace, 'engines:manage'), {
        name: 'Local GPT',
        product: 'chatgpt',
        protocol: 'openai',
        baseUrl: `${server.origin}/v1`,
        model: 'gpt-4o-mini',
        apiKey: KEY,
      });
      const prompt = await createPrompt(db, await accessAs(team.editor, team.workspace, 'data:write'), { text: 'Who are the best B2B consultants?', engineIds: [engine.id] });
      return { engineId: engine.id, promptId: prompt.id };
    })();
    seeds.set(team, made);
  }
  return made;
}

/** Every row these actions could change in a workspace: a refused action leaves it identical. */
async function footprint(team: Team) {
  const db = await getDb();
  const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();
  const ws = team.workspace.id;
  const [e, p, pe, r] = await Promise.all([
    db.select().from(engines).where(eq(engines.workspaceId, ws)),
    db.select().from(trackedPrompts).where(eq(trackedPrompts.workspaceId, ws)),
    db.select().from(promptEngines).where(eq(promptEngines.workspaceId, ws)),
    db.select().from(probeRuns).where(eq(probeRuns.workspaceId, ws)),
  ]);
  return { engines: sorted(e), prompts: sorted(p), links: sorted(pe), runs: sorted(r) };
}

const engineForm = (s: Seed): Fields => ({ engineId: s.engineId, name: 'Local GPT 2', product: 'chatgpt', protocol: 'openai', baseUrl: `${server.origin}/v1`, model: 'gpt-4o', apiKey: '' });

const cases: Record<string, [Action, Permission, (t: Team) => Promise<Fields>]> = {
  saveEngineAction: [engineActions.saveEngineAction, 'engines:manage', async (t) => engineForm(await seed(t))],
  archiveEngineAction: [engineActions.archiveEngineAction, 'engines:manage', async (t) => ({ engineId: (await seed(t)).engineId, archived: 'true' })],
  testEngineAction: [engineActions.testEngineAction, 'engines:manage', async (t) => ({ engineId: (await seed(t)).engineId })],
  savePromptAction: [promptActions.savePromptAction, 'data:write', async (t) => ({ promptId: (await seed(t)).promptId, text: 'Edited?', schedule: 'daily', [`engine.${(await seed(t)).engineId}`]: 'on' })],
  archivePromptAction: [promptActions.archivePromptAction, 'data:write', async (t) => ({ promptId: (await seed(t)).promptId, archived: 'true' })],
  askNowAction: [promptActions.askNowAction, 'data:write', async (t) => ({ promptId: (await seed(t)).promptId })],
};
const table = Object.entries(cases).map(([name, [action, permission, fields]]) => ({ name, action, permission, fields }));

it('covers every action the engines and prompts modules export', () => {
  expect(Object.keys(cases).sort()).toEqual([...Object.keys(engineActions), ...Object.keys(promptActions)].sort());
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
    expect(await submit(action, team[lowest], team.workspace.slug, await fields(team))).toMatchObject({ status: 'ok' });
  });
});

describe('ids of another workspace sent with my workspace’s slug', () => {
  const crossCases: [keyof typeof cases, string, (theirs: Seed) => Fields][] = [
    ['saveEngineAction', 'their engine', (t) => ({ engineId: t.engineId })],
    ['archiveEngineAction', 'their engine', (t) => ({ engineId: t.engineId })],
    ['testEngineAction', 'their engine', (t) => ({ engineId: t.engineId })],
    ['savePromptAction', 'their prompt', (t) => ({ promptId: t.promptId })],
    ['archivePromptAction', 'their prompt', (t) => ({ promptId: t.promptId })],
    ['askNowAction', 'their prompt', (t) => ({ promptId: t.promptId })],
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

  it('a prompt asked of their engine is refused inline, and nothing is saved', async () => {
    const [mine, theirs] = [await makeTeam('mine'), await makeTeam('theirs')];
    await seed(mine);
    const before = await footprint(mine);
    const result = await submit(promptActions.savePromptAction, mine.editor, mine.workspace.slug, { text: 'New?', schedule: 'manual', [`engine.${(await seed(theirs)).engineId}`]: 'on' });
    expect(result).toMatchObject({ status: 'error', code: 'bad_request' });
    expect(await footprint(mine)).toEqual(before);
  });
});

// --- Pages -------------------------------------------------------------------------------

type Page = (props: { params: Promise<Record<string, string>>; searchParams: Promise<Record<string, string>> }) => Promise<ReactElement>;

const PAGES = {
  engines: () => import('@/app/w/[workspace]/settings/engines/page'),
  prompts: () => import('@/app/w/[workspace]/prompts/page'),
  prompt: () => import('@/app/w/[workspace]/prompts/[id]/page'),
} satisfies Record<string, () => Promise<{ default: unknown }>>;

/** The page's HTML as the server renders it, or '404' / '403'. */
async function render(name: keyof typeof PAGES, user: User, slug: string, params: Record<string, string> = {}, searchParams: Record<string, string> = {}): Promise<string> {
  vi.mocked(sessionUser).mockResolvedValue(user);
  const page = (await PAGES[name]()).default as unknown as Page;
  try {
    return renderToStaticMarkup(await page({ params: Promise.resolve({ workspace: slug, ...params }), searchParams: Promise.resolve(searchParams) }));
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? '');
    if (digest.startsWith('NEXT_HTTP_ERROR_FALLBACK;')) return digest.split(';')[1]!;
    throw error;
  }
}

describe('the pages', () => {
  let team: Team;
  let other: Team;
  let ids: Seed;
  let otherIds: Seed;
  beforeAll(async () => {
    [team, other] = await Promise.all([makeTeam('pages'), makeTeam('elsewhere')]);
    [ids, otherIds] = await Promise.all([seed(team), seed(other)]);
  });

  const pageCases: [keyof typeof PAGES, Permission, (s: Seed) => Record<string, string>][] = [
    ['engines', 'engines:manage', () => ({})],
    ['prompts', 'workspace:read', () => ({})],
    ['prompt', 'workspace:read', (s) => ({ id: s.promptId })],
  ];

  it.each(pageCases)('the %s page is not found outside the workspace, forbidden one role too low, and renders for the roles with %s', async (name, permission, params) => {
    expect(await render(name, other.owner, team.workspace.slug, params(ids))).toBe('404');
    expect(await render(name, await makeUser('outsider'), team.workspace.slug, params(ids))).toBe('404');
    const tooLow = roleTooLowFor(permission);
    if (tooLow) expect(await render(name, team[tooLow], team.workspace.slug, params(ids))).toBe('403');
    for (const role of PERMISSIONS[permission].roles) expect(await render(name, team[role], team.workspace.slug, params(ids)), role).toMatch(/^</);
  });

  it('the prompt page is not found for another workspace’s prompt under my slug, or an id that is no id', async () => {
    expect(await render('prompt', team.owner, team.workspace.slug, { id: otherIds.promptId })).toBe('404');
    expect(await render('prompt', team.owner, team.workspace.slug, { id: 'not-a-uuid' })).toBe('404');
  });

  it('the engines page shows the key’s hint and never the key or its sealed form, also while editing', async () => {
    const [row] = await (await getDb()).select().from(engines).where(eq(engines.id, ids.engineId));
    for (const search of [{}, { edit: ids.engineId }] as Record<string, string>[]) {
      const html = await render('engines', team.admin, team.workspace.slug, {}, search);
      expect(html).toContain('Local GPT');
      expect(html).toContain(row!.apiKeyHint!);
      expect(html).not.toContain(KEY);
      expect(html).not.toContain(KEY.slice(0, 16));
      expect(html).not.toContain(row!.apiKeySealed!);
    }
  });

  it('a viewer sees the prompts and their runs but no button; an editor gets them', async () => {
    const viewerList = await render('prompts', team.viewer, team.workspace.slug);
    expect(viewerList).toContain('Who are the best B2B consultants?');
    expect(viewerList).toContain('Local GPT');
    expect(viewerList).not.toMatch(/Ask now|Archive|Add a prompt|Edit/);
    const viewerPage = await render('prompt', team.viewer, team.workspace.slug, { id: ids.promptId });
    expect(viewerPage).not.toMatch(/Ask now|Archive|>Edit</);
    const editorList = await render('prompts', team.editor, team.workspace.slug);
    expect(editorList).toMatch(/Ask now/);
    expect(editorList).toMatch(/Add a prompt/);
    expect(await render('prompt', team.editor, team.workspace.slug, { id: ids.promptId })).toMatch(/Ask now/);
  });

  it('without engines, the prompts page says so: with a link for an admin, “ask an admin” for the others', async () => {
    const empty = await makeTeam('no-engines');
    const admin = await render('prompts', empty.admin, empty.workspace.slug);
    expect(admin).toContain(`href="/w/${empty.workspace.slug}/settings/engines"`);
    const editor = await render('prompts', empty.editor, empty.workspace.slug);
    expect(editor).toContain('Ask an admin');
    expect(editor).not.toContain('/settings/engines');
  });

  it('the prompt page lists its runs: status, the failure in full, the attempts log and a link to the answer', async () => {
    const t = await makeTeam('runs');
    const s = await seed(t);
    const db = await getDb();
    const answerId = randomUUID();
    const failure = 'The engine replied 429 Too Many Requests: rate limit or quota reached. (gave up after 2 attempts)';
    await db.insert(probeRuns).values([
      {
        workspaceId: t.workspace.id, promptId: s.promptId, engineId: s.engineId, trigger: 'schedule', scheduledFor: new Date('2026-01-01T08:00:00Z'), createdAt: new Date('2026-01-01T08:00:00Z'),
        status: 'succeeded', attempts: [{ attempt: 1, status: 200, error: null, ms: 812 }], httpStatus: 200, inputTokens: 12, outputTokens: 345, latencyMs: 812, answerId,
        startedAt: new Date('2026-01-01T08:00:01Z'), finishedAt: new Date('2026-01-01T08:00:02Z'),
      },
      {
        workspaceId: t.workspace.id, promptId: s.promptId, engineId: s.engineId, trigger: 'manual', scheduledFor: new Date('2026-01-02T08:00:00Z'), createdAt: new Date('2026-01-02T08:00:00Z'),
        status: 'failed', errorKind: 'rate_limited', error: failure, httpStatus: 429,
        attempts: [{ attempt: 1, status: 429, error: 'slow down', ms: 40 }, { attempt: 2, status: null, error: 'timed out after 30 s', ms: 30001 }],
        startedAt: new Date('2026-01-02T08:00:01Z'), finishedAt: new Date('2026-01-02T08:01:00Z'),
      },
    ]);
    const html = await render('prompt', t.viewer, t.workspace.slug, { id: s.promptId });
    expect(html).toContain(`href="/w/${t.workspace.slug}/answers/${answerId}"`);
    expect(html).toContain(failure);
    for (const text of ['succeeded', 'failed', 'schedule', 'asked now', '2 attempts', 'Attempt 2', 'HTTP 429', 'no response', 'timed out after 30 s', '30,001 ms', '12 / 345', '2026-01-02 08:01 UTC']) {
      expect(html).toContain(text);
    }
    // The list shows the engine's newest run: the failed one.
    const list = await render('prompts', t.viewer, t.workspace.slug);
    expect(list).toContain('failed');
    expect(list).not.toContain('succeeded');
  });
});

// --- Engines: the key stays behind --------------------------------------------------------

describe('saving an engine', () => {
  const base = () => ({ name: 'Perplexity', product: 'perplexity', protocol: 'openai', baseUrl: `${server.origin}/v1/`, model: 'sonar' });
  const row = async (id: string) => (await (await getDb()).select().from(engines).where(eq(engines.id, id)))[0]!;

  it('adds it with its key sealed, hands back only its id and name, and keeps the key when the field is left empty', async () => {
    const team = await makeTeam();
    const created = await submit(engineActions.saveEngineAction, team.admin, team.workspace.slug, { ...base(), engineId: '', apiKey: ` ${KEY}\n` });
    expect(created).toEqual({ status: 'ok', data: { id: expect.any(String), name: 'Perplexity' } });
    expect(JSON.stringify(created)).not.toContain(KEY);
    const id = (created as { data: { id: string } }).data.id;
    const first = await row(id);
    expect(first).toMatchObject({ baseUrl: `${server.origin}/v1`, apiKeyHint: expect.stringMatching(/1$/) });
    expect(first.apiKeySealed).toMatch(/^v1\./);
    expect(first.apiKeySealed).not.toContain(KEY);

    const edited = await submit(engineActions.saveEngineAction, team.owner, team.workspace.slug, { ...base(), engineId: id, model: 'sonar-pro', apiKey: '' });
    expect(edited).toMatchObject({ status: 'ok' });
    expect(JSON.stringify(edited)).not.toContain(KEY);
    expect(await row(id)).toMatchObject({ model: 'sonar-pro', apiKeySealed: first.apiKeySealed, apiKeyHint: first.apiKeyHint });
  });

  it('replaces the key with a new one, and “remove the stored key” clears it', async () => {
    const team = await makeTeam();
    const { engineId } = await seed(team);
    const before = await row(engineId);
    expect(await submit(engineActions.saveEngineAction, team.admin, team.workspace.slug, { ...base(), engineId, apiKey: 'sk-other-key-9876' })).toMatchObject({ status: 'ok' });
    const replaced = await row(engineId);
    expect(replaced.apiKeySealed).not.toBe(before.apiKeySealed);
    expect(replaced.apiKeyHint).toMatch(/9876$/);

    expect(await submit(engineActions.saveEngineAction, team.admin, team.workspace.slug, { ...base(), engineId, apiKey: '', clearApiKey: 'on' })).toMatchObject({ status: 'ok' });
    expect(await row(engineId)).toMatchObject({ apiKeySealed: null, apiKeyHint: null });
    expect(await render('engines', team.admin, team.workspace.slug)).toContain('no key');
  });

  it('refuses a new key and “remove” at once, and a base URL that is not http(s), inline and changing nothing', async () => {
    const team = await makeTeam();
    const { engineId } = await seed(team);
    const before = await footprint(team);
    const both = await submit(engineActions.saveEngineAction, team.admin, team.workspace.slug, { ...base(), engineId, apiKey: 'sk-new-1234', clearApiKey: 'on' });
    expect(both).toMatchObject({ status: 'error', code: 'bad_request', fieldErrors: { apiKey: [expect.any(String)] } });
    const badUrl = await submit(engineActions.saveEngineAction, team.admin, team.workspace.slug, { ...base(), engineId, baseUrl: 'file:///etc/passwd' });
    expect(badUrl).toMatchObject({ status: 'error', fieldErrors: { baseUrl: [expect.any(String)] } });
    expect(JSON.stringify([both, badUrl])).not.toContain('sk-new-1234');
    expect(await footprint(team)).toEqual(before);
  });

  it('archives and restores it', async () => {
    const team = await makeTeam();
    const { engineId } = await seed(team);
    expect(await submit(engineActions.archiveEngineAction, team.admin, team.workspace.slug, { engineId, archived: 'true' })).toMatchObject({ status: 'ok' });
    expect((await row(engineId)).archivedAt).toBeInstanceOf(Date);
    expect(await submit(engineActions.archiveEngineAction, team.admin, team.workspace.slug, { engineId, archived: 'false' })).toMatchObject({ status: 'ok' });
    expect((await row(engineId)).archivedAt).toBeNull();
  });
});

// --- Prompts ------------------------------------------------------------------------------

describe('prompt actions that succeed', () => {
  const prompt = async (id: string) => (await (await getDb()).select().from(trackedPrompts).where(eq(trackedPrompts.id, id)))[0]!;
  const linked = async (id: string) => (await (await getDb()).select().from(promptEngines).where(eq(promptEngines.promptId, id))).map((l) => l.engineId).sort();

  it('add a prompt asked of the engines ticked, scheduled for the next tick, then edit it to none', async () => {
    const team = await makeTeam();
    const { engineId } = await seed(team);
    const access = await accessAs(team.admin, team.workspace, 'engines:manage');
    const second = await createEngine(await getDb(), access, { name: 'Claude', product: 'claude', protocol: 'anthropic', baseUrl: server.origin, model: 'claude-sonnet-4-5' });
    const fields = { promptId: '', text: ' Which CRM suits a 5-person agency? ', schedule: 'weekly', [`engine.${engineId}`]: 'on', [`engine.${second.id}`]: 'on' };
    const result = await submit(promptActions.savePromptAction, team.editor, team.workspace.slug, fields);
    expect(result).toEqual({ status: 'ok', data: { id: expect.any(String) } });
    const id = (result as { data: { id: string } }).data.id;
    expect(await prompt(id)).toMatchObject({ text: 'Which CRM suits a 5-person agency?', schedule: 'weekly', nextRunAt: expect.any(Date) });
    expect(await linked(id)).toEqual([engineId, second.id].sort());

    expect(await submit(promptActions.savePromptAction, team.editor, team.workspace.slug, { promptId: id, text: 'Which CRM?', schedule: 'manual' })).toMatchObject({ status: 'ok' });
    expect(await prompt(id)).toMatchObject({ text: 'Which CRM?', schedule: 'manual', nextRunAt: null });
    expect(await linked(id)).toEqual([]);
  });

  it('refuse an empty question inline', async () => {
    const team = await makeTeam();
    const result = await submit(promptActions.savePromptAction, team.editor, team.workspace.slug, { promptId: '', text: '  ', schedule: 'manual' });
    expect(result).toMatchObject({ status: 'error', code: 'bad_request', fieldErrors: { text: [expect.any(String)] } });
  });

  it('ask now queues one run per engine; an archived prompt is refused until restored', async () => {
    const team = await makeTeam();
    const { promptId } = await seed(team);
    expect(await submit(promptActions.askNowAction, team.editor, team.workspace.slug, { promptId })).toEqual({ status: 'ok', data: { queued: 1 } });
    const runs = await (await getDb()).select().from(probeRuns).where(eq(probeRuns.promptId, promptId));
    expect(runs).toEqual([expect.objectContaining({ status: 'queued', trigger: 'manual', requestedBy: team.editor.id })]);

    expect(await submit(promptActions.archivePromptAction, team.editor, team.workspace.slug, { promptId, archived: 'true' })).toMatchObject({ status: 'ok' });
    expect(await submit(promptActions.askNowAction, team.editor, team.workspace.slug, { promptId })).toMatchObject({ status: 'error', code: 'conflict' });
    expect(await submit(promptActions.archivePromptAction, team.editor, team.workspace.slug, { promptId, archived: 'false' })).toMatchObject({ status: 'ok' });
    expect(await submit(promptActions.askNowAction, team.editor, team.workspace.slug, { promptId })).toMatchObject({ status: 'ok' });
  });
});

// --- Test connection ----------------------------------------------------------------------

describe('checkEngine', () => {
  it('asks the engine the small prompt once, with the key, and reports the model, the time and the start of the answer', async () => {
    const team = await makeTeam();
    const { engineId } = await seed(team);
    server.script({ json: openAiReply('OK') });
    const result = await checkEngine(await getDb(), team.workspace.id, engineId);
    expect(result).toEqual({ ok: true, model: 'gpt-4o-2024-08-06', ms: expect.any(Number), answerPreview: 'OK' });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({ url: '/v1/chat/completions', headers: { authorization: `Bearer ${KEY}` } });
    expect(server.requests[0]!.body).toMatchObject({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: CHECK_PROMPT }] });
    // nothing recorded: no run, no answer
    expect(await (await getDb()).select().from(probeRuns).where(eq(probeRuns.engineId, engineId))).toEqual([]);
  });

  it('reports a 401 as a failure that says to check the key, without the key the engine echoed, after one try', async () => {
    const team = await makeTeam();
    const { engineId } = await seed(team);
    server.script({ status: 401, json: { error: { message: `Incorrect API key provided: ${KEY}.`, type: 'invalid_request_error' } } });
    const result = await checkEngine(await getDb(), team.workspace.id, engineId);
    expect(result).toMatchObject({ ok: false, kind: 'client_error', message: expect.stringContaining('401') });
    expect(result).toMatchObject({ message: expect.stringContaining('check the API key') });
    expect(JSON.stringify(result)).not.toContain(KEY);
    expect(server.requests).toHaveLength(1);
  });

  it('does not retry a server error: the check is one try', async () => {
    const team = await makeTeam();
    const { engineId } = await seed(team);
    server.script({ status: 503, json: { error: { message: 'overloaded' } } });
    expect(await checkEngine(await getDb(), team.workspace.id, engineId)).toMatchObject({ ok: false, kind: 'server_error' });
    expect(server.requests).toHaveLength(1);
  });

  it('the action returns the check’s result for the form to show', async () => {
    const team = await makeTeam();
    const { engineId } = await seed(team);
    server.script({ status: 401, json: { error: { message: `bad key ${KEY}` } } });
    const result = await submit(engineActions.testEngineAction, team.admin, team.workspace.slug, { engineId });
    expect(result).toMatchObject({ status: 'ok', data: { ok: false, kind: 'client_error' } });
    expect(JSON.stringify(result)).not.toContain(KEY);
    server.script({ json: openAiReply('OK') });
  });
});
