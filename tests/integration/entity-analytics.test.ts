import { and, eq, gte, lt } from 'drizzle-orm';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { answerEntities, answers, type User } from '@/db/schema';
import { createAnnotation } from '@/lib/annotations';
import type { AnswerEngine } from '@/lib/answers/engines';
import { citationsReport, entityByEngine, entitySummary, entityWeekly, shareOfVoice, type Period } from '@/lib/answers/analytics';
import { recordAnswers } from '@/lib/answers/record';
import { sessionUser } from '@/lib/auth/session';
import { addConsentEvent } from '@/lib/consent/events';
import { createEntity, setEntityArchived } from '@/lib/entities/entities';
import { createProfile } from '@/lib/profiles/profiles';
import { accessAs, makeTeam, type Team } from '../support/fixtures';

// The entity page's numbers, from answers whose detection is known by construction: short
// sentences, one or two names each, so every GEO score is a fraction of words with the
// paper's weight exp(−pos/N) (lib/mentions/detect.ts).
vi.mock('@/lib/auth/session', () => ({ sessionUser: vi.fn() }));
vi.mock('next/headers', () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const at = (iso: string) => new Date(iso);
/** Two UTC weeks, Monday 3 to Monday 17 March 2025 (exclusive). */
const PERIOD: Period = { from: day('2025-03-03'), to: day('2025-03-17') };
const EMPTY: Period = { from: day('2024-01-01'), to: day('2024-02-01') };

interface World {
  a: Team;
  b: Team;
  acme: string;
  beta: string;
  delta: string;
  otherAcme: string;
}
let w: World;

const answer = (engine: AnswerEngine, askedAt: string, text: string, citations: string[] = []) => ({
  engine,
  model: null,
  askedAt: at(askedAt),
  prompt: 'Who makes the best tools?',
  answer: text,
  citations,
  source: 'manual' as const,
});

async function record(team: Team, items: ReturnType<typeof answer>[]) {
  const db = await getDb();
  await db.transaction((tx) => recordAnswers(tx, team.workspace.id, items));
}

beforeAll(async () => {
  const db = await getDb();
  const [a, b] = await Promise.all([makeTeam('analytics-a'), makeTeam('analytics-b')]);
  const [editorA, editorB] = await Promise.all([accessAs(a.editor, a.workspace, 'data:write'), accessAs(b.editor, b.workspace, 'data:write')]);
  const acme = await createEntity(db, editorA, { name: 'Acme', kind: 'organization', isUs: true, aliases: ['acme.com'] });
  const beta = await createEntity(db, editorA, { name: 'Beta', kind: 'brand', isUs: false, aliases: ['beta.io'] });
  const gamma = await createEntity(db, editorA, { name: 'Gamma', kind: 'brand', isUs: false });
  const delta = await createEntity(db, editorA, { name: 'Delta', kind: 'brand', isUs: false });
  const otherAcme = await createEntity(db, editorB, { name: 'Acme', kind: 'organization', isUs: true, aliases: ['acme.com'] });

  await record(a, [
    // Week of 3 March. A1: Acme first (rank 1), 3 of 6 words in sentence 0 of 2.
    answer('chatgpt', '2025-03-03T10:00:00Z', 'Acme builds tools. Beta sells boxes.', ['https://acme.com/pricing']),
    // A2: Acme second (rank 2), twice, 5 of 9 words in sentence 1 of 2, in praise.
    answer('chatgpt', '2025-03-04T10:00:00Z', 'Beta leads the field. Acme and Acme are great.', ['https://beta.io/', 'https://beta.io/']),
    // A3: Acme not named, but its site is cited.
    answer('perplexity', '2025-03-05T10:00:00Z', 'Beta is here.', ['https://acme.com/pricing', 'https://beta.io/']),
    // Week of 10 March. A4: only Gamma, archived below: its mentions leave share of voice.
    answer('perplexity', '2025-03-11T10:00:00Z', 'Gamma rules.', ['https://acme.com/pricing']),
    // A5: nobody named.
    answer('chatgpt', '2025-03-12T10:00:00Z', 'Nothing relevant here.', ['https://example.org/a']),
    // After the period (week of 17 March).
    answer('chatgpt', '2025-03-20T10:00:00Z', 'Acme wins.'),
    // Before it.
    answer('gemini', '2025-03-02T23:59:59Z', 'Acme wins again.'),
  ]);
  // Another workspace: its Acme, its answers in the same weeks, citing the same URL.
  await record(b, [
    answer('chatgpt', '2025-03-05T10:00:00Z', 'Acme wins.', ['https://acme.com/pricing']),
    answer('perplexity', '2025-03-06T10:00:00Z', 'Acme, Acme and Acme.', ['https://acme.com/pricing']),
  ]);
  await setEntityArchived(db, editorA, gamma.id, true);
  w = { a, b, acme: acme.id, beta: beta.id, delta: delta.id, otherAcme: otherAcme.id };
});

const visA1 = 3 / 6; // sentence 0 of 2: weight exp(0)
const visA2 = (5 / 9) * Math.exp(-1 / 2); // sentence 1 of 2

describe('entitySummary', () => {
  it('counts mention rate, share of voice, rank, visibility over every answer and own citations for the period', async () => {
    const s = await entitySummary(await getDb(), w.a.workspace.id, w.acme, { period: PERIOD });
    expect(s).toMatchObject({ answers: 5, answersMentioning: 2, mentionRate: 2 / 5, mentions: 3, ownCitationAnswers: 3 });
    // Acme 3 mentions; Beta 3 (A1, A2, A3); the archived Gamma's mention in A4 no longer counts.
    expect(s.allMentions).toBe(6);
    expect(s.shareOfVoice).toBe(0.5);
    expect(s.avgRank).toBe(1.5);
    // Averaged over all five answers: the three that do not name Acme score 0.
    expect(s.avgVisibility).toBeCloseTo((visA1 + visA2) / 5, 12);
    expect(s.avgWordShare).toBeCloseTo((3 / 6 + 5 / 9) / 5, 12);
  });

  it('averages sentiment over the answers naming the entity', async () => {
    const db = await getDb();
    const rows = await db
      .select({ sentiment: answerEntities.sentiment })
      .from(answerEntities)
      .innerJoin(answers, eq(answers.id, answerEntities.answerId))
      .where(and(eq(answerEntities.workspaceId, w.a.workspace.id), eq(answerEntities.entityId, w.acme), gte(answers.askedAt, PERIOD.from), lt(answers.askedAt, PERIOD.to)));
    expect(rows).toHaveLength(2);
    const s = await entitySummary(db, w.a.workspace.id, w.acme, { period: PERIOD });
    expect(s.avgSentiment).toBeCloseTo((rows[0]!.sentiment + rows[1]!.sentiment) / 2, 12);
    expect(s.avgSentiment).toBeGreaterThan(0); // “great”
  });

  it('filters by engine', async () => {
    const s = await entitySummary(await getDb(), w.a.workspace.id, w.acme, { period: PERIOD, engine: 'perplexity' });
    expect(s).toEqual({
      answers: 2,
      answersMentioning: 0,
      mentionRate: 0,
      mentions: 0,
      allMentions: 1,
      shareOfVoice: 0,
      avgRank: null,
      avgVisibility: 0,
      avgWordShare: 0,
      avgSentiment: null,
      ownCitationAnswers: 2,
    });
  });

  it('gives null, never NaN or 0, for every ratio of a period without answers', async () => {
    const s = await entitySummary(await getDb(), w.a.workspace.id, w.acme, { period: EMPTY });
    expect(s).toEqual({
      answers: 0,
      answersMentioning: 0,
      mentionRate: null,
      mentions: 0,
      allMentions: 0,
      shareOfVoice: null,
      avgRank: null,
      avgVisibility: null,
      avgWordShare: null,
      avgSentiment: null,
      ownCitationAnswers: 0,
    });
  });

  it('never counts another workspace’s answers, even for an entity id of that workspace', async () => {
    const b = await entitySummary(await getDb(), w.b.workspace.id, w.otherAcme, { period: PERIOD });
    expect(b).toMatchObject({ answers: 2, answersMentioning: 2, mentions: 4, allMentions: 4, shareOfVoice: 1, avgRank: 1, ownCitationAnswers: 2 });
    const crossed = await entitySummary(await getDb(), w.a.workspace.id, w.otherAcme, { period: PERIOD });
    expect(crossed).toMatchObject({ answers: 5, answersMentioning: 0, mentions: 0, ownCitationAnswers: 0 });
  });
});

describe('entityByEngine', () => {
  it('breaks the same metrics down per engine, in engine order', async () => {
    const rows = await entityByEngine(await getDb(), w.a.workspace.id, w.acme, { period: PERIOD });
    expect(rows.map((r) => r.engine)).toEqual(['chatgpt', 'perplexity']);
    const [chatgpt, perplexity] = rows;
    expect(chatgpt).toMatchObject({ answers: 3, answersMentioning: 2, mentionRate: 2 / 3, mentions: 3, allMentions: 5, shareOfVoice: 3 / 5, avgRank: 1.5, ownCitationAnswers: 1 });
    expect(chatgpt!.avgVisibility).toBeCloseTo((visA1 + visA2) / 3, 12);
    expect(chatgpt!.avgWordShare).toBeCloseTo((3 / 6 + 5 / 9) / 3, 12);
    expect(perplexity).toMatchObject({ answers: 2, answersMentioning: 0, mentionRate: 0, shareOfVoice: 0, avgRank: null, avgVisibility: 0, ownCitationAnswers: 2 });
    expect(await entityByEngine(await getDb(), w.a.workspace.id, w.acme, { period: EMPTY })).toEqual([]);
  });
});

describe('entityWeekly', () => {
  it('gives every UTC week of the period, per engine: rate 0 and rank null in a week without a mention, nothing for a week without answers', async () => {
    const series = await entityWeekly(await getDb(), w.a.workspace.id, w.acme, { period: { from: day('2025-03-05'), to: day('2025-03-31') } });
    expect(series.engines).toEqual(['chatgpt', 'perplexity']);
    expect(series.weeks.map((p) => p.week)).toEqual(['2025-03-03', '2025-03-10', '2025-03-17', '2025-03-24']);
    const [w1, w2, w3, w4] = series.weeks;
    // From Wednesday 5 March: A1 and A2 fall before the period; A3 remains in week one.
    expect(w1!.engines).toEqual({ perplexity: { answers: 1, answersMentioning: 0, mentionRate: 0, avgRank: null, avgVisibility: 0 } });
    expect(w2!.engines).toEqual({
      chatgpt: { answers: 1, answersMentioning: 0, mentionRate: 0, avgRank: null, avgVisibility: 0 },
      perplexity: { answers: 1, answersMentioning: 0, mentionRate: 0, avgRank: null, avgVisibility: 0 },
    });
    expect(w3!.engines).toEqual({ chatgpt: { answers: 1, answersMentioning: 1, mentionRate: 1, avgRank: 1, avgVisibility: 1 } });
    expect(w4!.engines).toEqual({});
  });

  it('averages rank over the week’s mentions and visibility over all the week’s answers', async () => {
    const series = await entityWeekly(await getDb(), w.a.workspace.id, w.acme, { period: PERIOD });
    expect(series.weeks.map((p) => p.week)).toEqual(['2025-03-03', '2025-03-10']);
    const chatgpt = series.weeks[0]!.engines.chatgpt!;
    expect(chatgpt).toMatchObject({ answers: 2, answersMentioning: 2, mentionRate: 1, avgRank: 1.5 });
    expect(chatgpt.avgVisibility).toBeCloseTo((visA1 + visA2) / 2, 12);
    const perplexityOnly = await entityWeekly(await getDb(), w.a.workspace.id, w.acme, { period: PERIOD, engine: 'perplexity' });
    expect(perplexityOnly.engines).toEqual(['perplexity']);
  });
});

describe('shareOfVoice', () => {
  it('shares the mentions among the active entities, loudest first, us against competitors', async () => {
    const voice = await shareOfVoice(await getDb(), w.a.workspace.id, { period: PERIOD });
    expect(voice).toMatchObject({ answers: 5, totalMentions: 6, usShare: 0.5, competitorShare: 0.5 });
    expect(voice.items.map((i) => [i.name, i.isUs, i.mentions, i.share, i.answersMentioning, i.mentionRate])).toEqual([
      ['Beta', false, 3, 0.5, 3, 3 / 5],
      ['Acme', true, 3, 0.5, 2, 2 / 5],
      ['Delta', false, 0, 0, 0, 0],
    ]);
    expect(voice.items.map((i) => i.entityId)).toEqual([w.beta, w.acme, w.delta]);
  });

  it('gives null shares when nothing was mentioned, and only the workspace’s own entities', async () => {
    const empty = await shareOfVoice(await getDb(), w.a.workspace.id, { period: EMPTY });
    expect(empty).toMatchObject({ answers: 0, totalMentions: 0, usShare: null, competitorShare: null });
    expect(empty.items.map((i) => [i.name, i.share, i.mentionRate])).toEqual([
      ['Acme', null, null],
      ['Beta', null, null],
      ['Delta', null, null],
    ]);
    const b = await shareOfVoice(await getDb(), w.b.workspace.id, { period: PERIOD });
    expect(b.items.map((i) => [i.entityId, i.mentions, i.share])).toEqual([[w.otherAcme, 4, 1]]);
  });
});

describe('citationsReport', () => {
  it('groups the cited URLs of the period with their host, counts, engines and whether they are ours', async () => {
    const report = await citationsReport(await getDb(), w.a.workspace.id, { period: PERIOD });
    expect(report).toMatchObject({ answers: 5, answersCiting: 5, answersCitingOurs: 3, ourCitationRate: 3 / 5, distinctUrls: 3 });
    expect(report.items).toEqual([
      { url: 'https://acme.com/pricing', host: 'acme.com', timesCited: 3, answers: 3, engines: ['chatgpt', 'perplexity'], ours: true },
      { url: 'https://beta.io/', host: 'beta.io', timesCited: 3, answers: 2, engines: ['chatgpt', 'perplexity'], ours: false },
      { url: 'https://example.org/a', host: 'example.org', timesCited: 1, answers: 1, engines: ['chatgpt'], ours: false },
    ]);
  });

  it('can keep only the answers naming the entity, and is null-safe without answers', async () => {
    const naming = await citationsReport(await getDb(), w.a.workspace.id, { period: PERIOD, namingEntityId: w.acme });
    expect(naming).toMatchObject({ answers: 2, answersCiting: 2, answersCitingOurs: 1, ourCitationRate: 0.5, distinctUrls: 2 });
    expect(naming.items.map((i) => [i.url, i.timesCited, i.answers])).toEqual([
      ['https://beta.io/', 2, 1],
      ['https://acme.com/pricing', 1, 1],
    ]);
    const empty = await citationsReport(await getDb(), w.a.workspace.id, { period: EMPTY });
    expect(empty).toEqual({ answers: 0, answersCiting: 0, answersCitingOurs: 0, ourCitationRate: null, distinctUrls: 0, items: [] });
  });
});

describe('the entity page', () => {
  type Page = (props: { params: Promise<Record<string, string>>; searchParams: Promise<Record<string, string>> }) => Promise<ReactNode>;
  const load = async () => (await import('@/app/w/[workspace]/entities/[id]/page')).default as unknown as Page;

  /** The page's HTML, or the status it stopped with (as pages.test.ts reads Next's digest). */
  async function render(user: User, slug: string, id: string, searchParams: Record<string, string> = {}): Promise<string> {
    vi.mocked(sessionUser).mockResolvedValue(user);
    const page = await load();
    try {
      return renderToStaticMarkup(await page({ params: Promise.resolve({ workspace: slug, id }), searchParams: Promise.resolve(searchParams) }));
    } catch (error) {
      const digest = String((error as { digest?: unknown }).digest ?? '');
      if (digest.startsWith('NEXT_HTTP_ERROR_FALLBACK;')) return digest.split(';')[1]!;
      throw error;
    }
  }

  beforeAll(() => {
    process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true'; // as next.config.js's authInterrupts sets it
  });

  it('shows a viewer the entity’s numbers for the period in the URL', async () => {
    const html = await render(w.a.viewer, w.a.workspace.slug, w.acme, { from: '2025-03-03', to: '2025-03-17' });
    expect(html).toContain('Acme');
    expect(html).toContain('acme.com'); // its alias
    expect(html).toContain('40.0%'); // mention rate
    expect(html).toContain('2 of 5 answers');
    expect(html).toContain('50.0%'); // share of voice
    expect(html).toContain('1.50'); // average rank
    expect(html).toContain('an answer that does not name it counts 0');
    // The citations of the answers naming Acme, the cited URL as an inert-referrer link.
    expect(html).toContain('href="https://beta.io/" target="_blank" rel="noopener noreferrer nofollow"');
    expect(html).toContain('>ours<');
    expect(html).not.toContain('https://example.org/a');
    const all = await render(w.a.viewer, w.a.workspace.slug, w.acme, { from: '2025-03-03', to: '2025-03-17', cited: 'all', engine: 'chatgpt' });
    expect(all).toContain('https://example.org/a');
  });

  it('shades the workspace’s periods of training exposure and marks its notes and opt-in changes on both weekly charts', async () => {
    const db = await getDb();
    const editor = await accessAs(w.a.editor, w.a.workspace, 'data:write');
    // A US profile is exposed by LinkedIn's default until it opts out on 10 March.
    const ada = await createProfile(db, editor, { name: 'Ada Lovelace', kind: 'member', region: 'US' });
    await addConsentEvent(db, editor, ada.id, { status: 'off', effectiveAt: '2025-03-10T00:00:00Z' }, 'manual');
    await createAnnotation(db, editor, { day: '2025-03-05', label: 'Launch webinar' });
    await createAnnotation(db, editor, { day: '2025-03-17', label: 'After the period' });

    const html = await render(w.a.viewer, w.a.workspace.slug, w.acme, { from: '2025-03-03', to: '2025-03-17' });
    const twice = (text: string) => expect(html.split(text).length - 1, text).toBe(2);
    // Legend, spoken summary and the list of markers, under each of the two charts.
    twice('Shaded: under effective training exposure<');
    twice('Under effective training exposure (shaded): 2025-03-03 to 2025-03-09.');
    twice(' Marked: 2025-03-05: Launch webinar; 2025-03-10: Opted out of generative-AI training (Ada Lovelace).');
    twice('Opt-out changes (dot and dashed line)');
    twice('Notes (dot and dashed line)');
    twice('2 markers: notes and opt-in changes');
    twice('Note: Launch webinar');
    twice('Opt-out: Opted out of generative-AI training');
    expect(html).not.toContain('After the period');

    // A period without exposure says so in the legend and the summary.
    const later = await render(w.a.viewer, w.a.workspace.slug, w.acme, { from: '2025-03-17', to: '2025-03-24' });
    expect(later).toContain('Shaded: under effective training exposure (none in this range)');
    expect(later).toContain('No period of this range was under effective training exposure.');
    expect(later).toContain('Note: After the period');
    expect(later).not.toContain('Launch webinar');
  });

  it('says so honestly when the period has no answers, and survives bad parameters', async () => {
    const html = await render(w.a.viewer, w.a.workspace.slug, w.acme, { from: '2024-01-01', to: '2024-02-01' });
    expect(html).toContain('No answers recorded in this period');
    expect(html).toContain(`href="/w/${w.a.workspace.slug}/answers"`);
    const bad = await render(w.a.viewer, w.a.workspace.slug, w.acme, { from: 'yesterday', to: '2025-02-30', engine: 'bard', cited: 'x' });
    expect(bad).toContain('is not a day like');
    expect(bad).toContain('is not an engine');
  });

  it('is not found for another workspace’s entity id, an id that is no id, or a member of another workspace', async () => {
    expect(await render(w.a.owner, w.a.workspace.slug, w.otherAcme)).toBe('404');
    expect(await render(w.a.owner, w.a.workspace.slug, 'not-a-uuid')).toBe('404');
    expect(await render(w.b.owner, w.a.workspace.slug, w.acme)).toBe('404');
  });
});
