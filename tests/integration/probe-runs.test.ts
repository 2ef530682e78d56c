import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDatabase, getDb } from '@/db/client';
import { probeRuns, trackedPrompts } from '@/db/schema';
import { getAnswer } from '@/lib/answers/list';
import { createEntity } from '@/lib/entities/entities';
import { startInProcessQueue } from '@/lib/jobs/in-process';
import { schedulerTick } from '@/lib/jobs/tick';
import { createEngine, setEngineArchived, type EngineInput } from '@/lib/probes/engines';
import { createPrompt, nextSlot } from '@/lib/probes/prompts';
import { claimRun, executeProbeRun, listRuns, queueDueRuns, requestRuns } from '@/lib/probes/runs';
import { anthropicReply, openAiReply, recordingSleep, startEngineServer, type EngineServer } from '../unit/probes/engine-server';
import { accessAs, makeTeam, type Team } from '../support/fixtures';

// Probe runs end to end against a local stand-in for the engines' HTTP APIs: the run asks,
// retries as designed, records the answer with its mentions, or records the failure clearly.

let server: EngineServer;
beforeAll(async () => {
  server = await startEngineServer();
});
afterAll(() => server.close());

const KEY = 'sk-test-0123456789abcdef';

async function setUp(team: Team, engine: Partial<EngineInput> = {}) {
  const db = await getDb();
  const admin = await accessAs(team.admin, team.workspace, 'engines:manage');
  const editor = await accessAs(team.editor, team.workspace, 'data:write');
  await createEntity(db, editor, { name: 'B2B Growth Co', kind: 'brand', aliases: ['b2bgrowthco.com'] });
  const created = await createEngine(db, admin, {
    name: 'Local GPT',
    product: 'chatgpt',
    protocol: 'openai',
    baseUrl: `${server.origin}/v1`,
    model: 'gpt-4o-mini',
    apiKey: KEY,
    maxAttempts: 3,
    ...engine,
  });
  const prompt = await createPrompt(db, editor, { text: 'Who are the best B2B LinkedIn consultants?', engineIds: [created.id] });
  return { db, editor, engine: created, prompt };
}

const fast = () => ({ ...recordingSleep(), baseDelayMs: 10, timeoutMs: 300 });
const runOf = async (id: string) => (await (await getDb()).select().from(probeRuns).where(eq(probeRuns.id, id)))[0]!;

describe('a probe run', () => {
  it('asks the engine, records the answer with its mentions and citations, and the run’s usage', async () => {
    const team = await makeTeam('probe-ok');
    const { db, editor, prompt } = await setUp(team);
    server.script({ json: openAiReply('B2B Growth Co is the best known.', { citations: ['https://b2bgrowthco.com/about'] }) });
    const [runId] = await requestRuns(db, editor, prompt.id);
    expect(await executeProbeRun(db, runId!, fast())).toBe('succeeded');

    expect(server.requests[0]).toMatchObject({ url: '/v1/chat/completions', body: { model: 'gpt-4o-mini', messages: [{ role: 'user', content: prompt.text }] } });
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
    const run = await runOf(runId!);
    expect(run).toMatchObject({ status: 'succeeded', inputTokens: 12, outputTokens: 34, httpStatus: 200, error: null, leaseExpiresAt: null });
    expect(run.attempts).toHaveLength(1);
    const answer = await getAnswer(db, team.workspace.id, run.answerId!);
    expect(answer).toMatchObject({ engine: 'chatgpt', model: 'gpt-4o-2024-08-06', source: 'probe', promptId: prompt.id, prompt: prompt.text, citations: ['https://b2bgrowthco.com/about'] });
    expect(answer.mentions.map((m) => m.alias)).toEqual(['B2B Growth Co']);
    expect(answer.citationDetails[0]!.ours).toBe(true);
    // Done is done: a second delivery of the same run does nothing.
    expect(await executeProbeRun(db, runId!, fast())).toBe('gone');
    expect(server.requests).toHaveLength(1);
  });

  it('speaks Anthropic’s Messages API', async () => {
    const team = await makeTeam('probe-anthropic');
    const { db, editor, prompt } = await setUp(team, { name: 'Claude', product: 'claude', protocol: 'anthropic', baseUrl: `${server.origin}/v1`, model: 'claude-sonnet-4-5' });
    server.script({ json: anthropicReply([{ type: 'text', text: 'Try B2B Growth Co.' }]) });
    const [runId] = await requestRuns(db, editor, prompt.id);
    expect(await executeProbeRun(db, runId!, fast())).toBe('succeeded');
    expect(server.requests[0]!.headers['x-api-key']).toBe(KEY);
    expect(server.requests[0]!.url).toBe('/v1/messages');
    expect(await runOf(runId!)).toMatchObject({ status: 'succeeded', inputTokens: 21, outputTokens: 43 });
  });

  it('retries a 429 after the delay the engine asks for, then succeeds', async () => {
    const team = await makeTeam('probe-429');
    const { db, editor, prompt } = await setUp(team);
    server.script({ status: 429, headers: { 'retry-after': '2' }, json: { error: { message: 'Rate limit reached' } } }, { json: openAiReply('Fine.') });
    const [runId] = await requestRuns(db, editor, prompt.id);
    const options = fast();
    expect(await executeProbeRun(db, runId!, options)).toBe('succeeded');
    expect(options.delays).toEqual([2000]);
    expect((await runOf(runId!)).attempts.map((a) => a.status)).toEqual([429, 200]);
  });

  it.each([
    ['500 on every attempt', [{ status: 500, json: { error: { message: 'boom' } } }], 'server_error', 3, /500/],
    ['no reply in time', [{ hang: true as const }], 'timeout', 3, /did not answer|timed out|timeout/i],
    ['malformed JSON', [{ text: '{not json' }], 'malformed_response', 1, /not JSON/],
    ['an empty answer', [{ json: openAiReply('   ') }], 'empty_answer', 1, /empty/i],
    ['a bad key (401)', [{ status: 401, json: { error: { message: `Incorrect API key provided: ${KEY}` } } }], 'client_error', 1, /API key/],
  ])('records %s as a failed run that says why, after the designed attempts', async (_label, replies, kind, attempts, message) => {
    const team = await makeTeam('probe-fail');
    const { db, editor, prompt } = await setUp(team);
    server.script(...replies);
    const [runId] = await requestRuns(db, editor, prompt.id);
    expect(await executeProbeRun(db, runId!, fast())).toBe('failed');
    const run = await runOf(runId!);
    expect(run).toMatchObject({ status: 'failed', errorKind: kind, answerId: null, leaseExpiresAt: null });
    expect(run.error).toMatch(message);
    expect(run.attempts).toHaveLength(attempts);
    expect(server.requests).toHaveLength(attempts);
    expect(JSON.stringify(run)).not.toContain(KEY);
    const [listed] = await listRuns(db, team.workspace.id, { promptId: prompt.id });
    expect(listed).toMatchObject({ id: runId, status: 'failed', engineName: 'Local GPT', promptText: prompt.text });
  });

  it('waits while its engine already runs its limit, counted across workers', async () => {
    const team = await makeTeam('probe-limit');
    const { db, editor, prompt } = await setUp(team, { concurrency: 1 });
    const [first] = await requestRuns(db, editor, prompt.id);
    const [second] = await requestRuns(db, editor, prompt.id);
    expect((await claimRun(db, first!)).status).toBe('claimed');
    expect((await claimRun(db, second!)).status).toBe('busy');
    expect((await runOf(second!)).status).toBe('queued');
  });

  it('is cancelled when its engine was archived before it started', async () => {
    const team = await makeTeam('probe-archived');
    const { db, editor, engine, prompt } = await setUp(team);
    const [runId] = await requestRuns(db, editor, prompt.id);
    await setEngineArchived(db, await accessAs(team.admin, team.workspace, 'engines:manage'), engine.id, true);
    expect(await executeProbeRun(db, runId!, fast())).toBe('gone');
    expect(await runOf(runId!)).toMatchObject({ status: 'cancelled', error: expect.stringContaining('archived') });
  });

  it('of another workspace’s prompt cannot be requested', async () => {
    const [a, b] = await Promise.all([makeTeam('probe-a'), makeTeam('probe-b')]);
    const { prompt } = await setUp(b);
    await expect(requestRuns(await getDb(), await accessAs(a.editor, a.workspace, 'data:write'), prompt.id)).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('the schedule', () => {
  it('moves a prompt to its next slot, skipping missed ones', () => {
    const slot = new Date('2026-03-01T09:00:00Z');
    expect(nextSlot('daily', slot, new Date('2026-03-01T09:00:30Z'))?.toISOString()).toBe('2026-03-02T09:00:00.000Z');
    expect(nextSlot('daily', slot, new Date('2026-03-05T10:00:00Z'))?.toISOString()).toBe('2026-03-06T09:00:00.000Z');
    expect(nextSlot('weekly', slot, new Date('2026-03-01T09:00:30Z'))?.toISOString()).toBe('2026-03-08T09:00:00.000Z');
    expect(nextSlot('manual', slot, new Date())).toBeNull();
  });

  it('queues one run per engine and slot, however many servers tick at once', async () => {
    const team = await makeTeam('probe-tick');
    const { db, editor, engine } = await setUp(team);
    const daily = await createPrompt(db, editor, { text: 'Daily question', schedule: 'daily', engineIds: [engine.id] });
    const slot = new Date(Date.now() - 60_000);
    await db.update(trackedPrompts).set({ nextRunAt: slot }).where(eq(trackedPrompts.id, daily.id));
    const ticks = await Promise.all([queueDueRuns(db), queueDueRuns(db), queueDueRuns(db)]);
    expect(ticks.flat()).toHaveLength(1);
    const runs = await listRuns(db, team.workspace.id, { promptId: daily.id });
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ trigger: 'schedule', scheduledFor: slot });
    const [prompt] = await db.select().from(trackedPrompts).where(eq(trackedPrompts.id, daily.id));
    expect(prompt!.nextRunAt!.getTime()).toBe(slot.getTime() + 86_400_000);
    expect(await queueDueRuns(db)).toEqual([]);
  });

  it('puts back a run whose worker died once its lease has passed', async () => {
    const team = await makeTeam('probe-lease');
    const { db, editor, prompt } = await setUp(team);
    const [runId] = await requestRuns(db, editor, prompt.id);
    await claimRun(db, runId!);
    const later = new Date(Date.now() + 60 * 60_000);
    const tick = await schedulerTick(db, later);
    expect(tick.requeued).toContain(runId);
    expect((await runOf(runId!)).status).toBe('queued');
  });
});

describe('the in-process worker', () => {
  it('runs requested probes in the background and re-scans answers when names change', async () => {
    const team = await makeTeam('probe-worker');
    const { db, editor, prompt } = await setUp(team);
    server.script({ json: openAiReply('Ask MJR or B2B Growth Co.') });
    const queue = startInProcessQueue(db, { intervalMs: 60_000 });
    try {
      const [runId] = await requestRuns(db, editor, prompt.id);
      await queue.probeRunsQueued([runId!]);
      await queue.idle();
      const run = await runOf(runId!);
      expect(run.status).toBe('succeeded');
      expect((await getAnswer(db, team.workspace.id, run.answerId!)).mentions.map((m) => m.alias)).toEqual(['B2B Growth Co']);

      await createEntity(db, editor, { name: 'MJR', kind: 'person', caseSensitive: true });
      await queue.rescanNeeded(team.workspace.id);
      await queue.idle();
      expect((await getAnswer(db, team.workspace.id, run.answerId!)).mentions.map((m) => m.alias)).toEqual(['MJR', 'B2B Growth Co']);
    } finally {
      await queue.stop();
    }
  });
});

describe.runIf((await getDatabase()).kind === 'postgres')('the pg-boss worker', () => {
  it('executes a run once even when its job is delivered twice', async () => {
    const { startPgBossQueue } = await import('@/lib/jobs/pg-boss');
    const team = await makeTeam('probe-boss');
    const { db, editor, prompt } = await setUp(team);
    server.script({ json: openAiReply('B2B Growth Co.') });
    const queue = await startPgBossQueue(db, process.env.TEST_DATABASE_URL!, { workers: 2, pollingIntervalSeconds: 0.5 });
    try {
      const [runId] = await requestRuns(db, editor, prompt.id);
      await queue.probeRunsQueued([runId!, runId!]);
      await expect.poll(async () => (await runOf(runId!)).status, { timeout: 15_000, interval: 200 }).toBe('succeeded');
      await new Promise((resolve) => setTimeout(resolve, 1500)); // the duplicate job has been fetched by now
      expect(server.requests).toHaveLength(1);
    } finally {
      await queue.stop();
    }
  });
});
