import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import type { User } from '@/db/schema';
import { PERMISSIONS, type Permission, type Role } from '@/lib/auth/permissions';
import { sessionUser } from '@/lib/auth/session';
import { recordAnswer } from '@/lib/answers/record';
import { createEntity } from '@/lib/entities/entities';
import { createPost } from '@/lib/posts/posts';
import { createPrompt } from '@/lib/probes/prompts';
import { createProfile } from '@/lib/profiles/profiles';
import { accessAs, makeTeam, makeUser, type Team, roleTooLowFor } from '../support/fixtures';

// Every page and layout under /w/[workspace]: another workspace's slug is a 404, a role one
// step too low a 403, and the right role renders. The session is chosen by the test; the
// database is real.
vi.mock('@/lib/auth/session', () => ({ sessionUser: vi.fn() }));
vi.mock('next/headers', () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));

type Page = (props: { params: Promise<Record<string, string>>; searchParams: Promise<Record<string, string>>; children?: unknown }) => Promise<unknown>;

/** Rows that pages with an [id] param show: one of each in every workspace of the test. */
interface Ids {
  profile: string;
  post: string;
  entity: string;
  prompt: string;
  answer: string;
}

const PAGES: [string, () => Promise<{ default: unknown }>, Permission, ((ids: Ids) => Record<string, string>)?][] = [
  ['workspace layout', () => import('@/app/w/[workspace]/layout'), 'workspace:read'],
  ['overview', () => import('@/app/w/[workspace]/page'), 'workspace:read'],
  ['settings layout', () => import('@/app/w/[workspace]/settings/layout'), 'workspace:update'],
  ['general settings', () => import('@/app/w/[workspace]/settings/page'), 'workspace:update'],
  ['members', () => import('@/app/w/[workspace]/settings/members/page'), 'members:manage'],
  ['API tokens', () => import('@/app/w/[workspace]/settings/tokens/page'), 'tokens:manage'],
  ['audit log', () => import('@/app/w/[workspace]/settings/audit/page'), 'audit:read'],
  ['import page', () => import('@/app/w/[workspace]/imports/page'), 'workspace:read'],
  ['names to look for', () => import('@/app/w/[workspace]/entities/page'), 'workspace:read'],
  ['region rules', () => import('@/app/w/[workspace]/settings/rules/page'), 'workspace:update'],
  ['profiles list', () => import('@/app/w/[workspace]/profiles/page'), 'workspace:read'],
  ['profile page', () => import('@/app/w/[workspace]/profiles/[id]/page'), 'workspace:read', (ids) => ({ id: ids.profile })],
  ['posts list', () => import('@/app/w/[workspace]/posts/page'), 'workspace:read'],
  ['new post form', () => import('@/app/w/[workspace]/posts/new/page'), 'data:write'],
  ['post page', () => import('@/app/w/[workspace]/posts/[id]/page'), 'workspace:read', (ids) => ({ id: ids.post })],
  ['entity page', () => import('@/app/w/[workspace]/entities/[id]/page'), 'workspace:read', (ids) => ({ id: ids.entity })],
  ['AI answers list', () => import('@/app/w/[workspace]/answers/page'), 'workspace:read'],
  ['new answer form', () => import('@/app/w/[workspace]/answers/new/page'), 'data:write'],
  ['answer page', () => import('@/app/w/[workspace]/answers/[id]/page'), 'workspace:read', (ids) => ({ id: ids.answer })],
  ['prompts', () => import('@/app/w/[workspace]/prompts/page'), 'workspace:read'],
  ['prompt page', () => import('@/app/w/[workspace]/prompts/[id]/page'), 'workspace:read', (ids) => ({ id: ids.prompt })],
  ['AI engines', () => import('@/app/w/[workspace]/settings/engines/page'), 'engines:manage'],
  ['opt-in test', () => import('@/app/w/[workspace]/opt-in-test/page'), 'workspace:read'],
  ['notes', () => import('@/app/w/[workspace]/annotations/page'), 'workspace:read'],
];

async function render(
  load: () => Promise<{ default: unknown }>,
  user: User,
  slug: string,
  extra: Record<string, string> = {},
  searchParams: Record<string, string> = {},
): Promise<string> {
  vi.mocked(sessionUser).mockResolvedValue(user);
  const page = (await load()).default as Page;
  try {
    await page({ params: Promise.resolve({ workspace: slug, ...extra }), searchParams: Promise.resolve(searchParams), children: null });
    return 'rendered';
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? '');
    if (digest.startsWith('NEXT_HTTP_ERROR_FALLBACK;')) return digest.split(';')[1]!;
    throw error;
  }
}

let team: Team;
let other: Team;
let roles: Record<Role, User>;
let ids: Ids;
let otherIds: Ids;

async function makeRows(t: Team): Promise<Ids> {
  const db = await getDb();
  const access = await accessAs(t.editor, t.workspace, 'data:write');
  const profile = await createProfile(db, access, { name: 'Ada', kind: 'member', region: 'DE' });
  const post = await createPost(db, access, {
    profileId: profile.id,
    url: 'urn:li:activity:7300000000000000000',
    text: '<b>not bold</b>',
    metrics: { capturedOn: '2025-03-01', impressions: 10 },
  });
  const entity = await createEntity(db, access, { name: 'Ada Lovelace', kind: 'person' });
  const prompt = await createPrompt(db, access, { text: 'Who wrote the first program?' });
  const answer = await recordAnswer(db, access, { engine: 'claude', askedAt: '2026-01-01T00:00:00Z', prompt: prompt.text, answer: 'Ada Lovelace <script>x</script>', promptId: prompt.id }, 'manual');
  return { profile: profile.id, post: post.id, entity: entity.id, prompt: prompt.id, answer: answer.id };
}

beforeAll(async () => {
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true'; // as next.config.js's authInterrupts sets it
  [team, other] = await Promise.all([makeTeam('pages'), makeTeam('elsewhere')]);
  roles = { owner: team.owner, admin: team.admin, editor: team.editor, viewer: team.viewer };
  [ids, otherIds] = await Promise.all([makeRows(team), makeRows(other)]);
});

describe.each(PAGES)('the %s', (_name, load, permission, idParams) => {
  const extra = () => idParams?.(ids) ?? {};

  it('is not found for a member of another workspace, exactly as for a slug that does not exist', async () => {
    expect(await render(load, other.owner, team.workspace.slug, extra())).toBe('404');
    expect(await render(load, team.owner, 'no-such-workspace', extra())).toBe('404');
    expect(await render(load, await makeUser('outsider'), team.workspace.slug, extra())).toBe('404');
  });

  it(`is forbidden to the role one step below what ${permission} needs, and renders for the roles that have it`, async () => {
    const tooLow = roleTooLowFor(permission);
    if (tooLow) expect(await render(load, roles[tooLow], team.workspace.slug, extra())).toBe('403');
    for (const role of PERMISSIONS[permission].roles) expect(await render(load, roles[role], team.workspace.slug, extra()), role).toBe('rendered');
  });

  if (idParams) {
    it('is not found for an id of another workspace under my own slug, or an id that is no id at all', async () => {
      expect(await render(load, team.owner, team.workspace.slug, idParams(otherIds))).toBe('404');
      expect(await render(load, team.owner, team.workspace.slug, { id: 'not-a-uuid' })).toBe('404');
    });
  }
});

describe('the posts list', () => {
  it('renders with filters, sorts and a page cursor in the URL, and drops a bad filter or cursor instead of failing', async () => {
    const load = () => import('@/app/w/[workspace]/posts/page');
    const good = { profile: ids.profile, from: '2024-01-01', to: '2030-01-01', exposure: 'ever_exposed', q: 'bold', sort: 'impressions', dir: 'asc' };
    expect(await render(load, team.viewer, team.workspace.slug, {}, good)).toBe('rendered');
    const bad = { profile: 'nope', from: 'yesterday', exposure: 'maybe', sort: 'colour', cursor: 'garbage' };
    expect(await render(load, team.viewer, team.workspace.slug, {}, bad)).toBe('rendered');
  });
});
