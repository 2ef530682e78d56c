import { parse } from 'csv-parse/sync';
import { eq, sql } from 'drizzle-orm';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import yauzl from 'yauzl';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as exportZip } from '@/app/w/[workspace]/settings/export/route';
import { getDb } from '@/db/client';
import { rowsOf } from '@/db/results';
import { apiTokens, engines, invitations, postMetrics, users, type User } from '@/db/schema';
import { createAnnotation } from '@/lib/annotations';
import { recordAnswers } from '@/lib/answers/record';
import { sessionUser } from '@/lib/auth/session';
import { addConsentEvent } from '@/lib/consent/events';
import { createEntity } from '@/lib/entities/entities';
import { EXPORT_SOURCES, exportWorkspaceZip, NOT_EXPORTED, tableCsv } from '@/lib/export';
import { createPost } from '@/lib/posts/posts';
import { createEngine } from '@/lib/probes/engines';
import { createPrompt } from '@/lib/probes/prompts';
import { recordFollowerCount } from '@/lib/profiles/followers';
import { createProfile } from '@/lib/profiles/profiles';
import { deleteWorkspace } from '@/lib/workspaces/workspaces';
import { accessAs, makeInvitation, makeTeam, makeToken, type Team } from '../support/fixtures';

// "Download all data": the zip holds every table of the workspace and nothing of another,
// no secret of any kind, and neutralised formulas; only an owner gets it. And deleting a
// workspace leaves no row of it in any table that has a workspace_id.
vi.mock('@/lib/auth/session', () => ({ sessionUser: vi.fn() }));
vi.mock('next/headers', () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));

const API_KEY = 'sk-export-test-plaintext-key-0123456789';
const FORMULA = '=HYPERLINK("http://evil.example","click")';

interface Seeded {
  profileId: string;
  postId: string;
  answerId: string;
  tokenSecret: string;
  invitationSecret: string;
}

async function seed(team: Team, n: number): Promise<Seeded> {
  const db = await getDb();
  const access = await accessAs(team.editor, team.workspace, 'data:write');
  const profile = await createProfile(db, access, { name: `Ada ${n}`, kind: 'member', region: 'US' });
  await addConsentEvent(db, access, profile.id, { status: 'off', effectiveAt: '2025-03-01T00:00:00Z' }, 'manual');
  await recordFollowerCount(db, access, profile.id, { day: '2025-03-01', total: 1200 });
  const post = await createPost(db, access, {
    profileId: profile.id,
    url: `urn:li:activity:${((BigInt(Date.UTC(2025, 0, 10 + n)) << 22n) + 7n).toString()}`,
    text: FORMULA,
    metrics: { capturedOn: '2025-01-20', impressions: 321 },
  });
  await createEntity(db, access, { name: 'Ada Lovelace', kind: 'person', aliases: ['Ada'] });
  const prompt = await createPrompt(db, access, { text: 'Who wrote the first program?' });
  await createEngine(db, await accessAs(team.owner, team.workspace, 'engines:manage'), {
    name: 'OpenAI',
    product: 'chatgpt',
    protocol: 'openai',
    baseUrl: 'https://api.openai.com/v1',
    model: 'gpt-4o-mini',
    apiKey: API_KEY,
  });
  const [answer] = await db.transaction((tx) =>
    recordAnswers(tx, team.workspace.id, [
      {
        engine: 'chatgpt',
        model: 'gpt-4o',
        askedAt: new Date('2026-01-01T00:00:00Z'),
        prompt: prompt.text,
        answer: 'Ada Lovelace wrote it. Ada was first; Ada again.',
        citations: ['https://example.com/ada'],
        source: 'manual',
        promptId: prompt.id,
      },
    ]),
  );
  await createAnnotation(db, access, { day: '2025-02-01', label: `Launch ${n}`, profileId: profile.id });
  const token = await makeToken(team, 'viewer');
  const invitation = await makeInvitation(team, { role: 'viewer' });
  return { profileId: profile.id, postId: post.id, answerId: answer!.id, tokenSecret: token.token, invitationSecret: invitation.token };
}

/** Every entry of a zip, by name, as text. */
function unzip(buffer: Buffer): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const files = new Map<string, string>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err);
          const parts: Buffer[] = [];
          stream.on('data', (part: Buffer) => parts.push(part));
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(parts).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(files));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

const csvRows = (text: string) => parse(text, { bom: true, columns: true }) as Record<string, string>[];
const ctx = (slug: string) => ({ params: Promise.resolve({ workspace: slug }) });

/** The status Next's notFound()/forbidden() carry in their digest, or the response's. */
async function status(run: () => Promise<Response>): Promise<number | string> {
  try {
    return (await run()).status;
  } catch (error) {
    return String((error as { digest?: string }).digest ?? error).split(';')[1] ?? 'threw';
  }
}

let team: Team;
let other: Team;
let mine: Seeded;
let theirs: Seeded;
let zipBytes: Buffer;
let files: Map<string, string>;

beforeAll(async () => {
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true'; // as next.config.js's authInterrupts sets it
  [team, other] = await Promise.all([makeTeam('export'), makeTeam('export-other')]);
  mine = await seed(team, 1);
  theirs = await seed(other, 2);
  zipBytes = Buffer.from(await new Response(exportWorkspaceZip(await getDb(), team.workspace)).arrayBuffer());
  files = await unzip(zipBytes);
});

describe('the workspace export', () => {
  it('holds a README and one CSV per table, each with its header row', () => {
    expect([...files.keys()].sort()).toEqual(['README.md', ...EXPORT_SOURCES.map((s) => `${s.name}.csv`)].sort());
    for (const source of EXPORT_SOURCES) {
      const text = files.get(`${source.name}.csv`)!;
      expect(text.replace(/^\uFEFF/, '').split('\n')[0], source.name).toBe(Object.keys(source.columns).join(','));
    }
    for (const name of ['profiles', 'consent_events', 'posts', 'post_metrics', 'follower_counts', 'region_rules', 'entities', 'entity_aliases', 'tracked_prompts', 'engines', 'answers', 'answer_entities', 'mentions', 'answer_citations', 'annotations', 'audit_events', 'members']) {
      expect(csvRows(files.get(`${name}.csv`)!).length, name).toBeGreaterThan(0);
    }
  });

  it('holds the workspace’s rows and none of another workspace’s', () => {
    for (const [name, text] of files) {
      if (!name.endsWith('.csv')) continue;
      const rows = csvRows(text);
      if (rows[0] && 'workspace_id' in rows[0]) expect(new Set(rows.map((r) => r.workspace_id)), name).toEqual(new Set([team.workspace.id]));
    }
    const all = [...files.values()].join('\n');
    for (const id of [other.workspace.id, theirs.profileId, theirs.postId, theirs.answerId, other.owner.email, other.viewer.email]) expect(all).not.toContain(id);
    expect(csvRows(files.get('profiles.csv')!).map((r) => r.id)).toEqual([mine.profileId]);
    expect(csvRows(files.get('posts.csv')!)[0]).toMatchObject({ id: mine.postId, latest_impressions: '321' });
    expect(csvRows(files.get('answers.csv')!).map((r) => r.id)).toEqual([mine.answerId]);
    expect(csvRows(files.get('mentions.csv')!).length).toBe(3);
    expect(csvRows(files.get('annotations.csv')!).map((r) => r.label)).toEqual(['Launch 1']);
    expect(csvRows(files.get('members.csv')!).map((r) => r.email).sort()).toEqual([team.owner, team.admin, team.editor, team.viewer].map((u) => u.email).sort());
  });

  it('writes times in ISO 8601 UTC and days as YYYY-MM-DD', () => {
    expect(csvRows(files.get('consent_events.csv')!)[0]!.effective_at).toBe('2025-03-01T00:00:00.000Z');
    expect(csvRows(files.get('post_metrics.csv')!)[0]!.captured_on).toBe('2025-01-20');
  });

  it('holds no API key, password hash, token or invitation secret, sealed or not', async () => {
    const db = await getDb();
    const [engine] = await db.select({ sealed: engines.apiKeySealed }).from(engines).where(eq(engines.workspaceId, team.workspace.id));
    const [token] = await db.select({ hash: apiTokens.tokenHash }).from(apiTokens).where(eq(apiTokens.workspaceId, team.workspace.id));
    const [invitation] = await db.select({ hash: invitations.tokenHash }).from(invitations).where(eq(invitations.workspaceId, team.workspace.id));
    const [owner] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, team.owner.id));
    const secrets = [engine!.sealed!, API_KEY, token!.hash, mine.tokenSecret, invitation!.hash, mine.invitationSecret, owner!.hash!];
    const all = [...files.values()].join('\n');
    const raw = zipBytes.toString('latin1');
    for (const secret of secrets) {
      expect(all).not.toContain(secret);
      expect(raw).not.toContain(secret);
    }
    expect(files.get('engines.csv')!.split('\n')[0]).not.toContain('api_key_sealed');
    expect(files.get('members.csv')!.split('\n')[0]).not.toMatch(/password|hash|token/);
  });

  it('puts an apostrophe before a cell a spreadsheet would run as a formula', () => {
    expect(csvRows(files.get('posts.csv')!)[0]!.text).toBe(`'${FORMULA}`);
  });

  it('lists every file and every column in its README, and says the API keys stay behind', () => {
    const readme = files.get('README.md')!;
    for (const source of EXPORT_SOURCES) {
      expect(readme).toContain(`### ${source.name}.csv`);
      for (const column of Object.keys(source.columns)) expect(readme).toContain(`| ${column} |`);
    }
    expect(readme).toMatch(/api_key_sealed.*never leaves the server/);
  });

  it('stops reading when the download is cancelled', async () => {
    const reader = exportWorkspaceZip(await getDb(), team.workspace).getReader();
    expect((await reader.read()).done).toBe(false);
    await reader.cancel();
    await new Promise((resolve) => setTimeout(resolve, 50)); // an error after the cancel would surface here
  });

  it('reads a table in keyset pages, composite keys included, each row once', async () => {
    const db = await getDb();
    const days = ['2025-01-21', '2025-01-22', '2025-01-23', '2025-01-24'];
    await db.insert(postMetrics).values(days.map((capturedOn, i) => ({ postId: mine.postId, workspaceId: team.workspace.id, capturedOn, impressions: 400 + i })));
    for (const name of ['post_metrics', 'mentions', 'profiles']) {
      const source = EXPORT_SOURCES.find((s) => s.name === name)!;
      const chunks: Buffer[] = [];
      for await (const chunk of tableCsv(db, team.workspace.id, { ...source, batchSize: 2 })) chunks.push(chunk);
      const rows = csvRows(Buffer.concat(chunks).toString('utf8'));
      const keys = rows.map((r) => source.key.map((k) => r[k]).join('|'));
      expect(new Set(keys).size, name).toBe(keys.length);
      expect(rows.length, name).toBe(name === 'post_metrics' ? 5 : name === 'mentions' ? 3 : 1);
    }
  });
});

describe('the export route', () => {
  const get = (slug: string) => exportZip(new Request(`http://optlens.test/w/${slug}/settings/export`), ctx(slug));
  const as = (user: User) => vi.mocked(sessionUser).mockResolvedValue(user);

  it('streams the zip to an owner as an attachment named after the workspace and the day', async () => {
    as(team.owner);
    const response = await get(team.workspace.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="optlens-${team.workspace.slug}-${new Date().toISOString().slice(0, 10)}.zip"`);
    const entries = await unzip(Buffer.from(await response.arrayBuffer()));
    expect(entries.has('posts.csv')).toBe(true);
  });

  it('is forbidden to an admin and not found for a member of another workspace', async () => {
    as(team.admin);
    expect(await status(() => get(team.workspace.slug))).toBe('403');
    as(other.owner);
    expect(await status(() => get(team.workspace.slug))).toBe('404');
  });
});

describe('the general settings page', () => {
  type Page = (props: { params: Promise<Record<string, string>> }) => Promise<ReactElement>;
  const render = async (user: User) => {
    vi.mocked(sessionUser).mockResolvedValue(user);
    const page = (await import('@/app/w/[workspace]/settings/page')).default as Page;
    return renderToStaticMarkup(await page({ params: Promise.resolve({ workspace: team.workspace.slug }) }));
  };

  it('offers the download to an owner only', async () => {
    const html = await render(team.owner);
    expect(html).toContain('Download all data');
    expect(html).toContain(`href="/w/${team.workspace.slug}/settings/export"`);
    expect(await render(team.admin)).not.toContain('Download all data');
  });
});

describe('deleting a workspace', () => {
  it('leaves no row of it in any table that has a workspace_id, and every such table is exported or says why not', async () => {
    const db = await getDb();
    const tables = rowsOf<{ table_name: string }>(
      await db.execute(sql`select distinct table_name from information_schema.columns where column_name = 'workspace_id' and table_schema = current_schema() order by table_name`),
    ).map((r) => r.table_name);
    expect(tables).toEqual(expect.arrayContaining(['annotations', 'posts', 'post_metrics', 'mentions', 'audit_events', 'memberships']));
    const exported = new Set(EXPORT_SOURCES.map((s) => s.name));
    for (const table of tables) expect(exported.has(table) || table in NOT_EXPORTED, `${table} is neither exported nor listed in NOT_EXPORTED`).toBe(true);

    const count = async (table: string, workspaceId: string) =>
      rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from ${sql.identifier(table)} where workspace_id = ${workspaceId}`))[0]!.n;
    const before = await Promise.all(tables.map((t) => count(t, team.workspace.id)));
    expect(before.filter((n) => n > 0).length).toBeGreaterThanOrEqual(15);

    await deleteWorkspace(db, await accessAs(team.owner, team.workspace, 'workspace:delete'), team.workspace.name);
    for (const table of tables) expect(await count(table, team.workspace.id), table).toBe(0);
    // The other workspace keeps its data.
    expect(await count('posts', other.workspace.id)).toBe(1);
  });
});
