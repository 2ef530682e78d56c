import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as actions from '@/app/w/[workspace]/settings/actions';
import { getDb } from '@/db/client';
import { invitations, workspaces, type User, type Workspace } from '@/db/schema';
import { authenticateApiToken } from '@/lib/auth/api-tokens';
import type { Permission } from '@/lib/auth/permissions';
import { sessionUser } from '@/lib/auth/session';
import { resetEnvCache } from '@/lib/env';
import { acceptInvitation } from '@/lib/workspaces/invitations';
import { auditActions, makeInvitation, makeTeam, makeToken, makeUser, roleOf, unique, type Team, roleTooLowFor } from '../support/fixtures';
import { submit, type Action, type Fields } from '../support/actions';

// The session is the one thing faked: the test chooses who is signed in. The database is real.
vi.mock('@/lib/auth/session', () => ({ sessionUser: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ host: 'optlens.test' }) }));


async function workspaceExists(workspace: Workspace) {
  return (await (await getDb()).select().from(workspaces).where(eq(workspaces.id, workspace.id))).length === 1;
}

/** What a refused action must not have touched: the audit trail, and the workspace itself. */
async function footprint(team: Team) {
  return { audit: await auditActions(team.workspace), exists: await workspaceExists(team.workspace) };
}

// Every action of app/w/[workspace]/settings/actions.ts: its permission, and a valid form in a team.
const cases: Record<keyof typeof actions, [Permission, (t: Team) => Promise<Fields>]> = {
  updateWorkspaceAction: ['workspace:update', async (t) => ({ name: 'Renamed', slug: t.workspace.slug })],
  deleteWorkspaceAction: ['workspace:delete', async (t) => ({ confirmation: t.workspace.name })],
  leaveWorkspaceAction: ['workspace:read', async () => ({})],
  inviteMemberAction: ['members:manage', async () => ({ email: '', role: 'viewer' })],
  revokeInvitationAction: ['members:manage', async (t) => ({ invitationId: (await makeInvitation(t, { role: 'viewer' })).invitation.id })],
  changeRoleAction: ['members:manage', async (t) => ({ userId: t.viewer.id, role: 'editor' })],
  removeMemberAction: ['members:manage', async (t) => ({ userId: t.viewer.id })],
  createTokenAction: ['tokens:manage', async () => ({ name: 'ci', role: 'viewer' })],
  revokeTokenAction: ['tokens:manage', async (t) => ({ tokenId: (await makeToken(t)).apiToken.id })],
};
const table = Object.entries(cases).map(([name, [permission, fields]]) => ({
  name,
  action: actions[name as keyof typeof actions] as Action,
  permission,
  fields,
}));

beforeAll(() => {
  // Links are built from the request's host and nothing is mailed, whatever the developer's .env says.
  delete process.env.APP_URL;
  delete process.env.SMTP_URL;
  resetEnvCache();
});

beforeEach(() => vi.mocked(sessionUser).mockReset());

it('covers every action the settings module exports', () => {
  expect(Object.keys(cases).sort()).toEqual(Object.keys(actions).sort());
});

describe.each(table)('$name', ({ action, permission, fields }) => {
  it('answers not_found, as for a workspace that does not exist, when sent another workspace’s slug and ids', async () => {
    const [mine, theirs] = [await makeTeam('mine'), await makeTeam('theirs')];
    const theirFields = await fields(theirs);
    const before = await footprint(theirs);
    const result = await submit(action, mine.owner, theirs.workspace.slug, theirFields);
    expect(result).toMatchObject({ status: 'error', code: 'not_found' });
    expect(result).toEqual(await submit(action, mine.owner, unique('no-such-workspace'), theirFields));
    expect(await footprint(theirs)).toEqual(before);
  });

  // Leaving needs only workspace:read, which every role has: no role is too low for it.
  const tooLow = roleTooLowFor(permission);
  if (tooLow) {
    it(`answers forbidden to the ${tooLow} role, one step below ${permission}, and changes nothing`, async () => {
      const team = await makeTeam();
      const form = await fields(team);
      const before = await footprint(team);
      expect(await submit(action, team[tooLow], team.workspace.slug, form)).toMatchObject({ status: 'error', code: 'forbidden' });
      expect(await footprint(team)).toEqual(before);
    });
  }

  it('answers unauthorized when nobody is signed in', async () => {
    const team = await makeTeam();
    const result = await submit(action, null, team.workspace.slug, await fields(team));
    expect(result).toMatchObject({ status: 'error', code: 'unauthorized' });
  });
});

describe('settings actions that succeed', () => {
  it('renames the workspace and stays on the page', async () => {
    const { workspace, admin } = await makeTeam();
    const result = await submit(actions.updateWorkspaceAction, admin, workspace.slug, { name: 'Acme EU', slug: workspace.slug });
    expect(result).toEqual({ status: 'ok', data: { name: 'Acme EU' } });
    expect(await auditActions(workspace)).toContain('workspace.renamed');
  });

  it('moves the workspace to a new URL and redirects to its settings there', async () => {
    const { workspace, owner } = await makeTeam();
    const slug = unique('moved');
    const result = await submit(actions.updateWorkspaceAction, owner, workspace.slug, { name: workspace.name, slug });
    expect(result).toEqual({ redirectedTo: `/w/${slug}/settings` });
  });

  it('refuses to move the workspace to a URL another workspace uses', async () => {
    const [{ workspace, owner }, other] = [await makeTeam(), await makeTeam('other')];
    const result = await submit(actions.updateWorkspaceAction, owner, workspace.slug, { name: workspace.name, slug: other.workspace.slug });
    expect(result).toMatchObject({ status: 'error', code: 'bad_request', fieldErrors: { slug: [expect.any(String)] } });
  });

  it('deletes the workspace when its name is typed, and refuses a wrong name', async () => {
    const team = await makeTeam();
    const { workspace, owner } = team;
    const wrong = await submit(actions.deleteWorkspaceAction, owner, workspace.slug, { confirmation: 'nope' });
    expect(wrong).toMatchObject({ status: 'error', code: 'bad_request', fieldErrors: { confirmation: [expect.any(String)] } });
    expect(await workspaceExists(workspace)).toBe(true);
    const result = await submit(actions.deleteWorkspaceAction, owner, workspace.slug, { confirmation: workspace.name });
    expect(result).toEqual({ redirectedTo: '/' });
    expect(await workspaceExists(workspace)).toBe(false);
  });

  it('lets even a viewer leave, and sends them home', async () => {
    const { workspace, viewer } = await makeTeam();
    expect(await submit(actions.leaveWorkspaceAction, viewer, workspace.slug)).toEqual({ redirectedTo: '/' });
    expect(await roleOf(workspace, viewer)).toBeUndefined();
  });

  it('invites a member and hands back a working link to share', async () => {
    const { workspace, admin } = await makeTeam();
    const guest = await makeUser('guest');
    const result = await submit(actions.inviteMemberAction, admin, workspace.slug, { email: guest.email, role: 'editor' });
    expect(result).toEqual({
      status: 'ok',
      data: { link: expect.stringMatching(/^https:\/\/optlens\.test\/invite\/inv_[\w-]+$/), emailed: false, email: guest.email },
    });
    const token = (result as { data: { link: string } }).data.link.split('/invite/')[1]!;
    await acceptInvitation(await getDb(), { userId: guest.id, email: guest.email }, token);
    expect(await roleOf(workspace, guest)).toBe('editor');
  });

  it('refuses an admin who invites an owner', async () => {
    const { workspace, admin } = await makeTeam();
    expect(await submit(actions.inviteMemberAction, admin, workspace.slug, { role: 'owner' })).toMatchObject({ code: 'forbidden' });
  });

  it('revokes an invitation', async () => {
    const team = await makeTeam();
    const { invitation } = await makeInvitation(team, { role: 'editor' });
    const result = await submit(actions.revokeInvitationAction, team.admin, team.workspace.slug, { invitationId: invitation.id });
    expect(result).toMatchObject({ status: 'ok' });
    const [row] = await (await getDb()).select().from(invitations).where(eq(invitations.id, invitation.id));
    expect(row?.revokedAt).toBeInstanceOf(Date);
  });

  it('changes a member’s role', async () => {
    const { workspace, admin, viewer } = await makeTeam();
    const result = await submit(actions.changeRoleAction, admin, workspace.slug, { userId: viewer.id, role: 'editor' });
    expect(result).toMatchObject({ status: 'ok' });
    expect(await roleOf(workspace, viewer)).toBe('editor');
  });

  it('removes a member', async () => {
    const { workspace, admin, editor } = await makeTeam();
    expect(await submit(actions.removeMemberAction, admin, workspace.slug, { userId: editor.id })).toMatchObject({ status: 'ok' });
    expect(await roleOf(workspace, editor)).toBeUndefined();
  });

  it('creates an API token that works at once and is shown this one time', async () => {
    const { workspace, admin } = await makeTeam();
    const result = await submit(actions.createTokenAction, admin, workspace.slug, { name: 'Zapier', role: 'viewer' });
    expect(result).toEqual({ status: 'ok', data: { token: expect.stringMatching(/^olk_/), name: 'Zapier' } });
    const token = (result as { data: { token: string } }).data.token;
    expect(await authenticateApiToken(await getDb(), token)).toMatchObject({ workspaceId: workspace.id, role: 'viewer' });
  });

  it('refuses an owner token: a token never acts as an owner', async () => {
    const { workspace, owner } = await makeTeam();
    const result = await submit(actions.createTokenAction, owner, workspace.slug, { name: 'root', role: 'owner' });
    expect(result).toMatchObject({ status: 'error', code: 'bad_request', fieldErrors: { role: [expect.any(String)] } });
  });

  it('revokes an API token, which stops working', async () => {
    const team = await makeTeam();
    const { token, apiToken } = await makeToken(team);
    const result = await submit(actions.revokeTokenAction, team.admin, team.workspace.slug, { tokenId: apiToken.id });
    expect(result).toMatchObject({ status: 'ok' });
    expect(await authenticateApiToken(await getDb(), token)).toBeNull();
  });
});

describe('ids of another workspace sent with my workspace’s slug', () => {
  const crossCases: [string, Action, (theirs: Team) => Promise<Fields>][] = [
    ['revoke their invitation', actions.revokeInvitationAction, cases.revokeInvitationAction[1]],
    ['revoke their token', actions.revokeTokenAction, cases.revokeTokenAction[1]],
    ['change their member’s role', actions.changeRoleAction, async (t) => ({ userId: t.editor.id, role: 'viewer' })],
    ['remove their member', actions.removeMemberAction, async (t) => ({ userId: t.editor.id })],
  ];

  it.each(crossCases)('cannot %s: not_found, and their workspace is unchanged', async (_, action, theirFields) => {
    const [mine, theirs] = [await makeTeam('mine'), await makeTeam('theirs')];
    const form = await theirFields(theirs);
    const state = async () => ({ ...(await footprint(theirs)), editor: await roleOf(theirs.workspace, theirs.editor) });
    const before = await state();
    expect(await submit(action, mine.owner, mine.workspace.slug, form)).toMatchObject({ status: 'error', code: 'not_found' });
    expect(await state()).toEqual(before);
    expect(await auditActions(mine.workspace)).toEqual(['workspace.created']);
  });

  it('leaves their token working after a refused revocation', async () => {
    const [mine, theirs] = [await makeTeam('mine'), await makeTeam('theirs')];
    const { token, apiToken } = await makeToken(theirs);
    await submit(actions.revokeTokenAction, mine.owner, mine.workspace.slug, { tokenId: apiToken.id });
    expect(await authenticateApiToken(await getDb(), token)).toMatchObject({ workspaceId: theirs.workspace.id });
  });
});

it('answers not_found to a signed-in user who belongs to no workspace at all', async () => {
  const { workspace } = await makeTeam();
  const result = await submit(actions.createTokenAction, await makeUser('loner'), workspace.slug, { name: 'x' });
  expect(result).toMatchObject({ status: 'error', code: 'not_found' });
});
