import { eq } from 'drizzle-orm';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordAnswerAction } from '@/app/w/[workspace]/answers/actions';
import { getDb } from '@/db/client';
import { answerCitations, answers, type User } from '@/db/schema';
import { getAnswer } from '@/lib/answers/list';
import { recordAnswer } from '@/lib/answers/record';
import { sessionUser } from '@/lib/auth/session';
import { createEntity } from '@/lib/entities/entities';
import { createPrompt } from '@/lib/probes/prompts';
import { submit } from '../support/actions';
import { accessAs, makeTeam, makeUser, type Team } from '../support/fixtures';

// The AI answers pages and the form that records an answer by hand: who may open them, what
// they show (answers as inert text, mentions highlighted), and what the action stores. Only
// the session is faked; the database is real.
vi.mock('@/lib/auth/session', () => ({ sessionUser: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/headers', () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));

type Page = (props: { params: Promise<Record<string, string>>; searchParams: Promise<Record<string, string>> }) => Promise<ReactElement>;

const listPage = () => import('@/app/w/[workspace]/answers/page');
const answerPage = () => import('@/app/w/[workspace]/answers/[id]/page');
const newPage = () => import('@/app/w/[workspace]/answers/new/page');

/** Renders a page as `user` to HTML, or answers the status of Next's 404/403 fallback. */
async function render(load: () => Promise<{ default: unknown }>, user: User, slug: string, extra: Record<string, string> = {}, searchParams: Record<string, string> = {}): Promise<string> {
  vi.mocked(sessionUser).mockResolvedValue(user);
  const page = (await load()).default as Page;
  try {
    return renderToStaticMarkup(await page({ params: Promise.resolve({ workspace: slug, ...extra }), searchParams: Promise.resolve(searchParams) }));
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? '');
    if (digest.startsWith('NEXT_HTTP_ERROR_FALLBACK;')) return digest.split(';')[1]!;
    throw error;
  }
}

const HOSTILE = 'Top picks: <script>alert(1)</script> Ada Lovelace leads, then Acme.\n\n  See [x](javascript:alert(1)) <img src=x onerror=alert(2)>';

let team: Team;
let other: Team;
let answerId: string;
let otherAnswerId: string;

async function seed(t: Team, answer: string, citations: string[]) {
  const db = await getDb();
  const access = await accessAs(t.editor, t.workspace, 'data:write');
  await createEntity(db, access, { name: 'Ada Lovelace', kind: 'person', aliases: ['Ada'] });
  await createEntity(db, access, { name: 'Acme', kind: 'brand', isUs: false });
  const recorded = await recordAnswer(db, access, { engine: 'chatgpt', model: 'gpt-4o', askedAt: '2026-01-15T10:00:00Z', prompt: 'Who is the best <b>consultant</b>?', answer, citations }, 'api');
  return recorded.id;
}

beforeAll(async () => {
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true'; // as next.config.js's authInterrupts sets it
  [team, other] = await Promise.all([makeTeam('answers'), makeTeam('elsewhere')]);
  [answerId, otherAnswerId] = await Promise.all([
    seed(team, HOSTILE, ['https://ada.example/post']),
    seed(other, 'Acme is fine.', []),
  ]);
  // A citation that is not a web link cannot come through the form or the API; store one as a bad import might.
  await (await getDb()).insert(answerCitations).values({ workspaceId: team.workspace.id, answerId, position: 1, url: 'javascript:alert(3)', host: null, ours: false });
});

beforeEach(() => vi.mocked(sessionUser).mockReset());

describe('who may open the answers pages', () => {
  const pages = [
    ['the answers list', listPage, () => ({})],
    ['an answer', answerPage, () => ({ id: answerId })],
    ['the record-an-answer form', newPage, () => ({})],
  ] as const;

  it.each(pages)('%s is not found for a member of another workspace or someone in none', async (_name, load, extra) => {
    expect(await render(load, other.owner, team.workspace.slug, extra())).toBe('404');
    expect(await render(load, await makeUser('outsider'), team.workspace.slug, extra())).toBe('404');
  });

  it('the list and an answer render for a viewer; the form is forbidden to a viewer and renders for an editor', async () => {
    expect(await render(listPage, team.viewer, team.workspace.slug)).toContain('Who is the best &lt;b&gt;consultant&lt;/b&gt;?');
    expect(await render(answerPage, team.viewer, team.workspace.slug, { id: answerId })).toContain('Answer from ChatGPT · gpt-4o');
    expect(await render(newPage, team.viewer, team.workspace.slug)).toBe('403');
    expect(await render(newPage, team.editor, team.workspace.slug)).toContain('Asked at (UTC)');
  });

  it('an answer of another workspace, or an id that is no id, is not found under my slug', async () => {
    expect(await render(answerPage, team.owner, team.workspace.slug, { id: otherAnswerId })).toBe('404');
    expect(await render(answerPage, team.owner, team.workspace.slug, { id: 'not-a-uuid' })).toBe('404');
  });
});

describe('the answer page', () => {
  it('shows a hostile answer as inert text, whitespace kept, with each mention marked by whose name it is', async () => {
    const html = await render(answerPage, team.viewer, team.workspace.slug, { id: answerId });
    expect(html).not.toMatch(/<script|<img|href="javascript/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('[x](javascript:alert(1)) &lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('whitespace-pre-wrap');
    expect(html).toContain('</mark>.\n\n  See [x]');
    expect(html).toMatch(/<mark[^>]*data-side="us"[^>]*title="Ada Lovelace \(us\), matched “Ada Lovelace”"[^>]*>Ada Lovelace<\/mark>/);
    expect(html).toMatch(/<mark[^>]*data-side="competitor"[^>]*>Acme<\/mark>/);
  });

  it('lists the names with rank and scores, links them to their pages, and links only http(s) citations, nofollow', async () => {
    const html = await render(answerPage, team.viewer, team.workspace.slug, { id: answerId });
    const entities = (await getAnswer(await getDb(), team.workspace.id, answerId)).entities;
    expect(entities.map((e) => [e.name, e.rank])).toEqual([['Ada Lovelace', 1], ['Acme', 2]]);
    for (const e of entities) expect(html).toContain(`href="/w/${team.workspace.slug}/entities/${e.entityId}"`);
    expect(html).toContain('<a href="https://ada.example/post" target="_blank" rel="noopener noreferrer nofollow"');
    expect(html).toContain('<span>javascript:alert(3)</span>');
  });

  it('says when the answer was already recorded', async () => {
    expect(await render(answerPage, team.viewer, team.workspace.slug, { id: answerId }, { duplicate: '1' })).toContain('already recorded');
  });
});

describe('the answers list', () => {
  it('shows an excerpt with the mentions marked and entity chips, and the record button only to editors', async () => {
    const viewerHtml = await render(listPage, team.viewer, team.workspace.slug);
    expect(viewerHtml).toMatch(/<mark[^>]*>Ada Lovelace<\/mark>/);
    expect(viewerHtml).toContain('&lt;script&gt;');
    expect(viewerHtml).not.toMatch(/<script/i);
    expect(viewerHtml).toContain(`href="/w/${team.workspace.slug}/answers/${answerId}"`);
    expect(viewerHtml).not.toContain('Record an answer');
    expect(await render(listPage, team.editor, team.workspace.slug)).toContain(`href="/w/${team.workspace.slug}/answers/new"`);
  });

  it('filters by engine, name and dates, and drops a bad filter or cursor with a notice instead of failing', async () => {
    const { entities } = await getAnswer(await getDb(), team.workspace.id, answerId);
    const slug = team.workspace.slug;
    expect(await render(listPage, team.viewer, slug, {}, { engine: 'chatgpt', entity: entities[0]!.entityId, from: '2026-01-01', to: '2026-02-01' })).toContain(answerId);
    expect(await render(listPage, team.viewer, slug, {}, { engine: 'gemini' })).toContain('No answers match');
    const bad = await render(listPage, team.viewer, slug, {}, { engine: 'bard', from: 'yesterday', entity: otherAnswerId, cursor: 'garbage' });
    expect(bad).toContain('Ignored “engine”');
    expect(bad).toContain('Ignored “entity”');
    expect(bad).toContain('That page link is no longer valid');
    expect(bad).toContain(answerId);
  });

  it('pages older answers with a cursor', async () => {
    const fresh = await makeTeam('paging');
    const access = await accessAs(fresh.editor, fresh.workspace, 'data:write');
    const db = await getDb();
    for (let day = 1; day <= 26; day++) {
      await recordAnswer(db, access, { engine: 'claude', askedAt: `2026-01-${String(day).padStart(2, '0')}T08:00:00Z`, prompt: `Question ${day}`, answer: `Answer ${day}` }, 'api');
    }
    const first = await render(listPage, fresh.viewer, fresh.workspace.slug);
    expect(first).toContain('Question 26');
    expect(first).not.toContain('Question 1<');
    const cursor = /cursor=([\w-]+)"[^>]*>Older answers/.exec(first)?.[1];
    expect(cursor).toBeDefined();
    const second = await render(listPage, fresh.viewer, fresh.workspace.slug, {}, { cursor: cursor! });
    expect(second).toContain('Question 1<');
    expect(second).toContain('Newest answers');
  });

  it('explains where answers come from when there are none', async () => {
    const empty = await makeTeam('empty');
    const html = await render(listPage, empty.editor, empty.workspace.slug);
    expect(html).toContain('No AI answers yet');
    for (const path of ['answers/new', 'imports', 'prompts', 'entities']) expect(html).toContain(`href="/w/${empty.workspace.slug}/${path}"`);
  });
});

describe('recording an answer by hand', () => {
  const form = (answer = 'Ada Lovelace is the one to ask; Acme trails.') => ({
    prompt: 'Who should I hire?',
    answer,
    engine: 'perplexity',
    model: '',
    askedAt: '2026-02-03T09:30',
    citations: 'https://ada.example/a\n\n  https://acme.example/b  ',
    promptId: '',
  });

  it('is refused to a viewer, to someone signed out and for another workspace, and stores nothing', async () => {
    const t = await makeTeam('refused');
    expect(await submit(recordAnswerAction, t.viewer, t.workspace.slug, form())).toMatchObject({ status: 'error', code: 'forbidden' });
    expect(await submit(recordAnswerAction, null, t.workspace.slug, form())).toMatchObject({ status: 'error', code: 'unauthorized' });
    expect(await submit(recordAnswerAction, other.owner, t.workspace.slug, form())).toMatchObject({ status: 'error', code: 'not_found' });
    expect(await (await getDb()).select().from(answers).where(eq(answers.workspaceId, t.workspace.id))).toEqual([]);
  });

  it('stores the answer with its detected mentions, the time read as UTC, and lands on it; the same answer again lands on the same one', async () => {
    const outcome = await submit(recordAnswerAction, team.editor, team.workspace.slug, form());
    const id = /\/answers\/([0-9a-f-]{36})$/.exec((outcome as { redirectedTo: string }).redirectedTo)?.[1];
    expect(outcome).toEqual({ redirectedTo: `/w/${team.workspace.slug}/answers/${id}` });
    const stored = await getAnswer(await getDb(), team.workspace.id, id!);
    expect(stored).toMatchObject({ source: 'manual', engine: 'perplexity', model: null, askedAt: new Date('2026-02-03T09:30:00Z'), citations: ['https://ada.example/a', 'https://acme.example/b'], createdBy: team.editor.id });
    expect(stored.mentions.map((m) => stored.answer.slice(m.start, m.end))).toEqual(['Ada Lovelace', 'Acme']);
    expect(stored.entities.map((e) => e.name)).toEqual(['Ada Lovelace', 'Acme']);
    expect(await submit(recordAnswerAction, team.editor, team.workspace.slug, form())).toEqual({ redirectedTo: `/w/${team.workspace.slug}/answers/${id}?duplicate=1` });
  });

  it('rejects an empty answer, a bad cited link and a future time with a message on each field', async () => {
    const result = await submit(recordAnswerAction, team.editor, team.workspace.slug, { ...form('   '), citations: 'https://ok.example/\njavascript:alert(1)', askedAt: '2999-01-01T00:00' });
    expect(result).toMatchObject({
      status: 'error',
      code: 'bad_request',
      fieldErrors: { answer: [expect.stringContaining('answer is empty')], citations: [expect.stringContaining('Line 2')], askedAt: [expect.stringContaining('future')] },
    });
  });

  it('takes the question from a tracked prompt when left empty, and refuses another workspace’s prompt on its field', async () => {
    const db = await getDb();
    const mine = await createPrompt(db, await accessAs(team.owner, team.workspace), { text: 'Best LinkedIn consultants in Australia?' });
    const theirs = await createPrompt(db, await accessAs(other.owner, other.workspace), { text: 'Theirs' });
    const outcome = await submit(recordAnswerAction, team.editor, team.workspace.slug, { ...form('Ada Lovelace, clearly.'), prompt: '', promptId: mine.id });
    const id = (outcome as { redirectedTo: string }).redirectedTo.split('/').at(-1)!;
    expect(await getAnswer(db, team.workspace.id, id)).toMatchObject({ prompt: 'Best LinkedIn consultants in Australia?', promptId: mine.id, promptText: 'Best LinkedIn consultants in Australia?' });
    expect(await render(answerPage, team.viewer, team.workspace.slug, { id })).toContain(`href="/w/${team.workspace.slug}/prompts/${mine.id}"`);

    expect(await submit(recordAnswerAction, team.editor, team.workspace.slug, { ...form(), promptId: theirs.id })).toMatchObject({ status: 'error', fieldErrors: { promptId: [expect.any(String)] } });
    expect(await submit(recordAnswerAction, team.editor, team.workspace.slug, { ...form(), prompt: '' })).toMatchObject({ status: 'error', fieldErrors: { prompt: [expect.any(String)] } });
  });
});
