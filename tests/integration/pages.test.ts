import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { User } from '@/db/schema';
import { PERMISSIONS, ROLES, type Permission, type Role } from '@/lib/auth/permissions';
import { sessionUser } from '@/lib/auth/session';
import { makeTeam, makeUser, type Team } from '../support/fixtures';

// Every page and layout under /w/[workspace]: another workspace's slug is a 404, a role one
// step too low a 403, and the right role renders. The session is chosen by the test; the
// database is real.
vi.mock('@/lib/auth/session', () => ({ sessionUser: vi.fn() }));
vi.mock('next/headers', () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));

type Page = (props: { params: Promise<{ workspace: string }>; searchParams: Promise<Record<string, string>>; children?: unknown }) => Promise<unknown>;

const PAGES: [string, () => Promise<{ default: unknown }>, Permission][] = [
  ['workspace layout', () => import('@/app/w/[workspace]/layout'), 'workspace:read'],
  ['overview', () => import('@/app/w/[workspace]/page'), 'workspace:read'],
  ['settings layout', () => import('@/app/w/[workspace]/settings/layout'), 'workspace:update'],
  ['general settings', () => import('@/app/w/[workspace]/settings/page'), 'workspace:update'],
  ['members', () => import('@/app/w/[workspace]/settings/members/page'), 'members:manage'],
  ['API tokens', () => import('@/app/w/[workspace]/settings/tokens/page'), 'tokens:manage'],
  ['audit log', () => import('@/app/w/[workspace]/settings/audit/page'), 'audit:read'],
];

function roleTooLowFor(permission: Permission): Role | undefined {
  const lowest = Math.max(...PERMISSIONS[permission].roles.map((r) => ROLES.indexOf(r)));
  return ROLES[lowest + 1];
}

async function render(load: () => Promise<{ default: unknown }>, user: User, slug: string): Promise<string> {
  vi.mocked(sessionUser).mockResolvedValue(user);
  const page = (await load()).default as Page;
  try {
    await page({ params: Promise.resolve({ workspace: slug }), searchParams: Promise.resolve({}), children: null });
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

beforeAll(async () => {
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true'; // as next.config.js's authInterrupts sets it
  [team, other] = await Promise.all([makeTeam('pages'), makeTeam('elsewhere')]);
  roles = { owner: team.owner, admin: team.admin, editor: team.editor, viewer: team.viewer };
});

describe.each(PAGES)('the %s', (_name, load, permission) => {
  it('is not found for a member of another workspace, exactly as for a slug that does not exist', async () => {
    expect(await render(load, other.owner, team.workspace.slug)).toBe('404');
    expect(await render(load, team.owner, 'no-such-workspace')).toBe('404');
    expect(await render(load, await makeUser('outsider'), team.workspace.slug)).toBe('404');
  });

  it(`is forbidden to the role one step below what ${permission} needs, and renders for the roles that have it`, async () => {
    const tooLow = roleTooLowFor(permission);
    if (tooLow) expect(await render(load, roles[tooLow], team.workspace.slug)).toBe('403');
    for (const role of PERMISSIONS[permission].roles) expect(await render(load, roles[role], team.workspace.slug), role).toBe('rendered');
  });
});
