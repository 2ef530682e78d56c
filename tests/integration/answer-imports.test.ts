import path from 'node:path';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import * as importsRoute from '@/app/api/v1/imports/route';
import { getDb } from '@/db/client';
import { answers, imports } from '@/db/schema';
import { parseChatGptExport } from '@/lib/answers/imports';
import { listAnswers } from '@/lib/answers/list';
import { createEntity } from '@/lib/entities/entities';
import { runImport } from '@/lib/imports/run-import';
import { answerFixtures, committedAnswerFixture } from '../fixtures/answers/build';
import { accessAs, makeTeam, makeToken, type Team } from '../support/fixtures';

// Answers files through the one import pipeline: detected by content, no profile needed, one
// transaction, idempotent, per-row errors; the API's POST /api/v1/imports takes them too.

let dir: string;
beforeAll(async () => {
  dir = await answerFixtures();
});
const built = (name: string) => ({ path: path.join(dir, name), name });

async function answersIn(team: Team) {
  return (await getDb()).select().from(answers).where(eq(answers.workspaceId, team.workspace.id));
}

describe('importing AI answers', () => {
  it('imports a ChatGPT export zip without a profile, every reply paired with its question, and changes nothing the second time', async () => {
    const team = await makeTeam('imp-chatgpt');
    const access = await accessAs(team.editor, team.workspace, 'data:write');
    await createEntity(await getDb(), access, { name: 'Example Growth Co', kind: 'brand' });
    const expected: number[] = [];
    for await (const record of parseChatGptExport(built('chatgpt-export.zip'))) if (record.kind === 'answer') expected.push(record.at.row ?? 0);

    const first = await runImport(await getDb(), access, { source: built('chatgpt-export.zip'), profileId: '' });
    expect(first).toMatchObject({ format: 'chatgpt-export', added: expected.length, skipped: 0 });
    expect(first.rejected).toBeGreaterThan(0); // the fixture's broken conversation, reported with where
    expect(first.errors[0]).toMatchObject({ file: 'conversations.json', row: expect.any(Number), message: expect.any(String) });
    const stored = await answersIn(team);
    expect(stored).toHaveLength(expected.length);
    expect(stored.every((a) => a.source === 'import' && a.importId === first.importId && a.engine === 'chatgpt' && a.externalId)).toBe(true);
    const [row] = await (await getDb()).select().from(imports).where(eq(imports.id, first.importId!));
    expect(row).toMatchObject({ kind: 'answers', profileId: null, status: 'succeeded', format: 'chatgpt-export' });

    const again = await runImport(await getDb(), access, { source: built('chatgpt-export.zip'), profileId: '' });
    expect(again).toMatchObject({ added: 0, skipped: expected.length });
    expect(again.previouslyImportedAt).not.toBeNull();
    expect(await answersIn(team)).toHaveLength(expected.length);
    // The same conversations as a bare conversations.json are the same answers.
    const bare = await runImport(await getDb(), access, { source: committedAnswerFixture('conversations.json'), profileId: '' });
    expect(bare.added).toBe(0);
  });

  it('imports the answers template with detection of names, and a preview writes nothing', async () => {
    const team = await makeTeam('imp-csv');
    const access = await accessAs(team.editor, team.workspace, 'data:write');
    await createEntity(await getDb(), access, { name: 'Example Growth Co', kind: 'brand', aliases: ['example.com'] });
    const preview = await runImport(await getDb(), access, { source: committedAnswerFixture('answers.csv'), profileId: '', dryRun: true });
    expect(preview).toMatchObject({ dryRun: true, format: 'optlens-answers-csv', importId: null });
    expect(preview.added).toBeGreaterThan(0);
    expect(preview.sample[0]).toMatchObject({ date: '2026-05-07T16:41:18.000Z', text: expect.stringContaining('ChatGPT: Which agencies') });
    expect(await answersIn(team)).toHaveLength(0);

    const done = await runImport(await getDb(), access, { source: committedAnswerFixture('answers.csv'), profileId: '' });
    expect(done.added).toBe(preview.added);
    const { items } = await listAnswers(await getDb(), team.workspace.id, {});
    const first = items.find((a) => a.answer.includes('**Example Growth Co**'))!;
    expect(first.mentions.map((m) => first.answer.slice(m.start, m.end))).toEqual(['Example Growth Co']);
    expect(first.citationDetails.map((c) => c.ours)).toEqual([true, false]);
  });

  it('rejects a row over the answer limit with where and why, keeping the good rows', async () => {
    const team = await makeTeam('imp-limits');
    const access = await accessAs(team.editor, team.workspace, 'data:write');
    const folder = await mkdtemp(path.join(tmpdir(), 'optlens-answers-'));
    const file = path.join(folder, 'answers.csv');
    await writeFile(file, `asked_at,engine,prompt,answer\n2026-05-07,claude,Q1,Short answer\n2026-05-08,claude,Q2,${'x'.repeat(200_001)}\n2999-01-01,claude,Q3,From the future\n,gemini,Q4,No date\n`);
    const result = await runImport(await getDb(), access, { source: { path: file, name: 'answers.csv' }, profileId: '' });
    expect(result).toMatchObject({ rowsRead: 4, added: 2, rejected: 2 });
    expect(result.errors.map((e) => [e.row, e.message])).toEqual([
      [3, expect.stringContaining('200,000')],
      [4, expect.stringContaining('future')],
    ]);
    expect(result.notices.map((n) => n.message)).toContainEqual(expect.stringContaining('no date in the file'));
  });

  it('fails a broken file as a whole, writing no answer, with a message that says where', async () => {
    const team = await makeTeam('imp-broken');
    const access = await accessAs(team.editor, team.workspace, 'data:write');
    await expect(runImport(await getDb(), access, { source: built('chatgpt-export-evil.zip'), profileId: '' })).rejects.toMatchObject({ code: 'bad_request' });
    expect(await answersIn(team)).toHaveLength(0);
  });

  it('still needs a profile for LinkedIn files', async () => {
    const team = await makeTeam('imp-profile');
    const access = await accessAs(team.editor, team.workspace, 'data:write');
    const folder = await mkdtemp(path.join(tmpdir(), 'optlens-shares-'));
    await writeFile(path.join(folder, 'Shares.csv'), 'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n');
    await expect(runImport(await getDb(), access, { source: { path: path.join(folder, 'Shares.csv'), name: 'Shares.csv' }, profileId: '' })).rejects.toMatchObject({ code: 'bad_request', message: expect.stringContaining('profile') });
  });
});

describe('POST /api/v1/imports with an answers file', () => {
  const post = (token: string, content: string, name = 'answers.csv') => {
    const form = new FormData();
    form.append('file', new Blob([content], { type: 'text/csv' }), name);
    return importsRoute.POST(new Request('http://optlens.test/api/v1/imports', { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form }));
  };
  const CSV = 'asked_at,engine,prompt,answer\n2026-05-07T10:00:00Z,perplexity,Who?,Nobody.\n';

  it('imports into the token’s workspace only (201), and refuses a viewer (403)', async () => {
    const [a, b] = await Promise.all([makeTeam('imp-api-a'), makeTeam('imp-api-b')]);
    const [editor, viewer] = await Promise.all([makeToken(a, 'editor'), makeToken(a, 'viewer')]);
    const response = await post(editor.token, CSV);
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ format: 'optlens-answers-csv', added: 1 });
    expect(await answersIn(a)).toHaveLength(1);
    expect(await answersIn(b)).toHaveLength(0);
    expect((await post(viewer.token, CSV)).status).toBe(403);
  });
});
