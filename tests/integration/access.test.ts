import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { requireMember, type Principal, type WorkspaceRef } from '@/lib/auth/access';
import { authenticateApiToken } from '@/lib/auth/api-tokens';
import { PERMISSIONS, ROLES, type Permission, type Role } from '@/lib/auth/permissions';
import { removeMember } from '@/lib/workspaces/members';
import { createWorkspace } from '@/lib/workspaces/workspaces';
import { accessAs, makeTeam, makeToken, makeUser, principalOf, unique } from '../support/fixtures';

const permissions = Object.keys(PERMISSIONS) as Permission[];
const allows = (role: Role, permission: Permission) => (PERMISSIONS[permission].roles as readonly Role[]).includes(role);
const verdict = (role: Role, permission: Permission) => (allows(role, permission) ? 'may' : 'may not');

const casesFor = <R extends Role>(roles: readonly R[]) =>
  roles.flatMap((role) => permissions.map((permission) => ({ role, permission, verdict: verdict(role, permission) })));
const userCases = casesFor(ROLES);
// A token never has the owner role (lib/auth/api-tokens.ts).
const tokenCases = casesFor(['admin', 'editor', 'viewer'] as const);

async function door(principal: Principal, ref: WorkspaceRef, permission: Permission = 'workspace:read') {
  return requireMember(await getDb(), principal, ref, permission);
}

/** The error a refused call throws, so two refusals can be compared field by field. */
async function refusal(call: Promise<unknown>) {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'the call should have been refused').toBeDefined();
  const { code, message, details } = error as { code: string; message: string; details?: unknown };
  return { code, message, details };
}

async function tokenPrincipal(token: string) {
  const principal = await authenticateApiToken(await getDb(), token);
  if (!principal) throw new Error('the fixture token did not authenticate');
  return principal;
}

describe('requireMember for a signed-in user', () => {
  it('lets a member in with their workspace and role, and names them as the actor', async () => {
    const team = await makeTeam();
    const access = await door(principalOf(team.editor), { slug: team.workspace.slug });
    expect(access.workspace.id).toBe(team.workspace.id);
    expect(access.role).toBe('editor');
    expect(access.actor).toEqual({ userId: team.editor.id, label: team.editor.email });
  });

  it('finds the workspace by id as well as by slug', async () => {
    const team = await makeTeam();
    const access = await door(principalOf(team.viewer), { id: team.workspace.id });
    expect(access.workspace.slug).toBe(team.workspace.slug);
  });

  it('answers a non-member by slug exactly as it answers a slug that does not exist', async () => {
    const team = await makeTeam();
    const outsider = principalOf(await makeUser('outsider'));
    const notMine = await refusal(door(outsider, { slug: team.workspace.slug }));
    const missing = await refusal(door(outsider, { slug: unique('no-such-workspace') }));
    expect(notMine.code).toBe('not_found');
    expect(notMine).toEqual(missing);
  });

  it('answers a non-member by id exactly as it answers an id that does not exist', async () => {
    const team = await makeTeam();
    const outsider = principalOf(await makeUser('outsider'));
    const notMine = await refusal(door(outsider, { id: team.workspace.id }));
    const missing = await refusal(door(outsider, { id: randomUUID() }));
    expect(notMine.code).toBe('not_found');
    expect(notMine).toEqual(missing);
  });

  it('does not reveal a workspace to a non-member even when the permission would be refused anyway', async () => {
    const team = await makeTeam();
    const outsider = principalOf(await makeUser('outsider'));
    expect((await refusal(door(outsider, { slug: team.workspace.slug }, 'workspace:delete'))).code).toBe('not_found');
  });

  it.each(['not-a-uuid', '', '1 or 1=1', randomUUID().replaceAll('-', ''), `${randomUUID()}x`])(
    'treats the id %j, which is not a uuid, as not found',
    async (id) => {
      const team = await makeTeam();
      expect(await refusal(door(principalOf(team.owner), { id }))).toMatchObject({ code: 'not_found', message: 'Workspace not found.' });
    },
  );

  it('shuts a member out as soon as they are removed', async () => {
    const team = await makeTeam();
    await removeMember(await getDb(), await accessAs(team.owner, team.workspace, 'members:manage'), team.editor.id);
    expect((await refusal(door(principalOf(team.editor), { slug: team.workspace.slug }))).code).toBe('not_found');
  });
});

describe('the role matrix for members', () => {
  it.each(userCases)('a member with the $role role $verdict use $permission', async ({ role, permission }) => {
    const team = await makeTeam();
    const call = door(principalOf(team[role]), { slug: team.workspace.slug }, permission);
    if (allows(role, permission)) {
      expect((await call).role).toBe(role);
    } else {
      expect(await refusal(call)).toMatchObject({ code: 'forbidden' });
    }
  });

  it('gives the owner every permission and the viewer only reading', () => {
    expect(permissions.filter((p) => allows('owner', p))).toEqual(permissions);
    expect(permissions.filter((p) => allows('viewer', p))).toEqual(['workspace:read']);
  });
});

describe('requireMember for an API token', () => {
  it.each(tokenCases)('a token with the $role role $verdict use $permission', async ({ role, permission }) => {
    const team = await makeTeam();
    const principal = await tokenPrincipal((await makeToken(team, role)).token);
    const call = door(principal, { id: team.workspace.id }, permission);
    if (allows(role, permission)) {
      expect((await call).role).toBe(role);
    } else {
      expect(await refusal(call)).toMatchObject({ code: 'forbidden' });
    }
  });

  it('acts with the token’s own role, not its creator’s, and is audited as the token', async () => {
    const team = await makeTeam();
    const { token, apiToken } = await makeToken(team, 'viewer');
    const access = await door(await tokenPrincipal(token), { slug: team.workspace.slug });
    expect(access.role).toBe('viewer');
    expect(access.actor).toMatchObject({ tokenId: apiToken.id });
    expect(access.actor.userId).toBeUndefined();
  });

  it('cannot reach another workspace, even one its creator owns, by slug or by id', async () => {
    const team = await makeTeam();
    const other = await createWorkspace(await getDb(), { userId: team.owner.id, label: team.owner.email }, unique('other'));
    const principal = await tokenPrincipal((await makeToken(team, 'admin')).token);
    const missing = await refusal(door(principal, { slug: unique('no-such-workspace') }));
    expect(await refusal(door(principal, { slug: other.slug }))).toEqual(missing);
    expect(await refusal(door(principal, { id: other.id }))).toEqual(missing);
    expect(missing.code).toBe('not_found');
  });

  it('treats an id that is not a uuid as not found', async () => {
    const team = await makeTeam();
    const principal = await tokenPrincipal((await makeToken(team)).token);
    expect((await refusal(door(principal, { id: 'workspace' }))).code).toBe('not_found');
  });
});
