import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { POST as upload } from '@/app/w/[workspace]/imports/upload/route';
import { GET as exportCsv } from '@/app/w/[workspace]/posts/export/route';
import { GET as template } from '@/app/w/[workspace]/imports/template/route';
import { getDb } from '@/db/client';
import { posts, type User } from '@/db/schema';
import { sessionUser } from '@/lib/auth/session';
import { createPost } from '@/lib/posts/posts';
import { createProfile } from '@/lib/profiles/profiles';
import { accessAs, makeTeam, type Team } from '../support/fixtures';

// The import upload, the template and the CSV export: routes the app's pages call with the
// session cookie. Another workspace is a 404, a viewer cannot upload, and the data is real.
vi.mock('@/lib/auth/session', () => ({ sessionUser: vi.fn() }));

const id = (n: number) => ((BigInt(Date.UTC(2025, 5, 1 + n)) << 22n) + 3n).toString();
const SHARES = `Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n2025-06-01 10:00:00,urn:li:activity:${id(0)},=HYPERLINK("http://evil"),,,PUBLIC\n`;

let team: Team;
let other: Team;
let profileId: string;

beforeAll(async () => {
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';
  [team, other] = await Promise.all([makeTeam('routes'), makeTeam('other-routes')]);
  const access = await accessAs(team.editor, team.workspace, 'data:write');
  profileId = (await createProfile(await getDb(), access, { name: 'Ada', kind: 'member', region: 'US' })).id;
});

function as(user: User) {
  vi.mocked(sessionUser).mockResolvedValue(user);
}

function uploadRequest(slug: string, fields: Record<string, string>, content = SHARES) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new Blob([content], { type: 'text/csv' }), 'Shares.csv');
  return new Request(`http://optlens.test/w/${slug}/imports/upload`, { method: 'POST', body: form, headers: { origin: 'http://optlens.test', host: 'optlens.test' } });
}

const lines = async (response: Response) => (await response.text()).trim().split('\n').map((l) => JSON.parse(l));
const ctx = (slug: string) => ({ params: Promise.resolve({ workspace: slug }) });

async function status(run: () => Promise<Response>): Promise<number | string> {
  try {
    return (await run()).status;
  } catch (error) {
    return String((error as { digest?: string }).digest ?? error).split(';')[1] ?? 'threw';
  }
}

describe('the import upload route', () => {
  it('streams progress and then the result, and writes the posts', async () => {
    as(team.editor);
    const response = await upload(uploadRequest(team.workspace.slug, { profile: profileId }), ctx(team.workspace.slug));
    expect(response.headers.get('content-type')).toContain('ndjson');
    const messages = await lines(response);
    expect(messages.at(-1)).toMatchObject({ type: 'result', added: 1, format: 'linkedin-shares-csv' });
    expect(messages.some((m) => m.type === 'progress')).toBe(true);
  });

  it('is not found for another workspace, and refuses its profile from ours', async () => {
    as(other.owner);
    expect((await upload(uploadRequest(team.workspace.slug, { profile: profileId }), ctx(team.workspace.slug))).status).toBe(404);
    as(team.owner);
    const otherProfile = (await createProfile(await getDb(), await accessAs(other.owner, other.workspace, 'data:write'), { name: 'X', kind: 'member', region: 'US' })).id;
    const messages = await lines(await upload(uploadRequest(team.workspace.slug, { profile: otherProfile }), ctx(team.workspace.slug)));
    expect(messages.at(-1)).toMatchObject({ type: 'error', status: 404 });
    expect(await (await getDb()).select().from(posts).where(eq(posts.workspaceId, other.workspace.id))).toHaveLength(0);
  });

  it('asks for the profile when the form has none, and imports nothing', async () => {
    as(team.editor);
    const response = await upload(uploadRequest(team.workspace.slug, {}), ctx(team.workspace.slug));
    // The profile is asked for once the file is known to be a LinkedIn file (answers files need none).
    const lines = (await response.text()).trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.at(-1)).toMatchObject({ type: 'error', status: 400, error: { message: expect.stringMatching(/profile/) } });
  });

  it('is forbidden to a viewer, and to a request from another site', async () => {
    as(team.viewer);
    expect((await upload(uploadRequest(team.workspace.slug, { profile: profileId }), ctx(team.workspace.slug))).status).toBe(403);
    as(team.editor);
    const request = uploadRequest(team.workspace.slug, { profile: profileId });
    const crossSite = new Request(request, { headers: { ...Object.fromEntries(request.headers), origin: 'https://evil.example' } });
    expect((await upload(crossSite, ctx(team.workspace.slug))).status).toBe(403);
    const fresh = uploadRequest(team.workspace.slug, { profile: profileId });
    const opaque = new Request(fresh, { headers: { ...Object.fromEntries(fresh.headers), origin: 'null' } });
    expect((await upload(opaque, ctx(team.workspace.slug))).status).toBe(403);
  });
});

describe('the template and the CSV export', () => {
  it('are not found for another workspace', async () => {
    as(other.owner);
    expect(await status(() => template(new Request('http://optlens.test/'), ctx(team.workspace.slug)))).toBe('404');
    expect(await status(() => exportCsv(new Request('http://optlens.test/'), ctx(team.workspace.slug)))).toBe('404');
  });

  it('export the workspace’s posts with their metrics, with formula cells escaped', async () => {
    as(team.viewer);
    const access = await accessAs(team.editor, team.workspace, 'data:write');
    await createPost(await getDb(), access, { profileId, url: `urn:li:activity:${id(1)}`, text: 'Plain', metrics: { capturedOn: '2025-06-03', impressions: 77 } });
    const response = await exportCsv(new Request(`http://optlens.test/w/${team.workspace.slug}/posts/export?sort=impressions`), ctx(team.workspace.slug));
    const csv = await response.text();
    expect(response.headers.get('content-disposition')).toContain('attachment');
    expect(csv.split('\n')[0]).toContain('activity_id,url,profile,published_at');
    expect(csv).toContain(`${id(1)},`);
    expect(csv).toContain(',77,');
    expect(csv).toContain(`'=HYPERLINK`); // the imported formula-like text is neutralised
  });
});
