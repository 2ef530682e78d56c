import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { invitations, type User } from '@/db/schema';
import { hashSecret } from '@/lib/auth/secrets';
import {
  acceptInvitation,
  describeInvitation,
  INVITATION_TTL_DAYS,
  listPendingInvitations,
  revokeInvitation,
} from '@/lib/workspaces/invitations';
import { changeMemberRole, leaveWorkspace, removeMember } from '@/lib/workspaces/members';
import { accessAs, addMember, auditActions, lastAudit, makeInvitation, makeTeam, makeUser, roleOf, type Team } from '../support/fixtures';
import { startTogether } from '../support/race';

const DAY = 86_400_000;
const db = () => getDb();
const accept = async (user: User, token: string) => acceptInvitation(await db(), { userId: user.id, email: user.email }, token);
const manage = (team: Team, as: User) => accessAs(as, team.workspace, 'members:manage');

async function setExpiry(invitationId: string, when: Date) {
  await (await db()).update(invitations).set({ expiresAt: when }).where(eq(invitations.id, invitationId));
}

describe('invitations', () => {
  it('are created with a secret link whose hash alone is stored, expiring in 7 days, and audited', async () => {
    const team = await makeTeam();
    const before = Date.now();
    const { invitation, token } = await makeInvitation(team, { email: 'New.Person@Example.test', role: 'editor' });
    expect(token).toMatch(/^inv_/);
    expect(invitation.tokenHash).toBe(hashSecret(token));
    expect(invitation.email).toBe('new.person@example.test');
    expect(INVITATION_TTL_DAYS).toBe(7);
    expect(invitation.expiresAt.getTime()).toBeGreaterThanOrEqual(before + 7 * DAY);
    expect(invitation.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 7 * DAY);
    expect(await lastAudit(team.workspace)).toMatchObject({
      action: 'member.invited',
      actorUserId: team.owner.id,
      targetId: invitation.id,
      data: { email: 'new.person@example.test', role: 'editor' },
    });
    expect((await listPendingInvitations(await db(), team.workspace.id)).map((i) => i.id)).toEqual([invitation.id]);
  });

  it('add the accepting user with the invited role, and record that they joined', async () => {
    const team = await makeTeam();
    const { token } = await makeInvitation(team, { role: 'viewer' });
    const newcomer = await makeUser('newcomer');
    const joined = await accept(newcomer, token);
    expect(joined).toEqual({ workspaceId: team.workspace.id, workspaceSlug: team.workspace.slug, role: 'viewer' });
    expect(await roleOf(team.workspace, newcomer)).toBe('viewer');
    expect(await lastAudit(team.workspace)).toMatchObject({ action: 'member.joined', actorUserId: newcomer.id, targetId: newcomer.id });
    expect((await describeInvitation(await db(), token))?.state).toBe('used');
  });

  it('work only once', async () => {
    const team = await makeTeam();
    const { token } = await makeInvitation(team, { role: 'editor' });
    await accept(await makeUser('first'), token);
    const second = await makeUser('second');
    await expect(accept(second, token)).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/already been used/) });
    expect(await roleOf(team.workspace, second)).toBeUndefined();
  });

  it('can be accepted only once even when two people click at the same moment', async () => {
    const team = await makeTeam();
    const { token } = await makeInvitation(team, { role: 'editor' });
    const people = [await makeUser('a'), await makeUser('b')];
    const results = await Promise.allSettled(people.map((p) => accept(p, token)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'conflict' } });
    expect((await Promise.all(people.map((p) => roleOf(team.workspace, p)))).filter(Boolean)).toEqual(['editor']);
  });

  it('still work a minute before they expire, and are refused once expired', async () => {
    const team = await makeTeam();
    const early = await makeInvitation(team, { role: 'editor' });
    await setExpiry(early.invitation.id, new Date(Date.now() + 60_000));
    await accept(await makeUser('early'), early.token);

    const late = await makeInvitation(team, { role: 'editor' });
    await setExpiry(late.invitation.id, new Date(Date.now() - 1000));
    const latecomer = await makeUser('late');
    await expect(accept(latecomer, late.token)).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/expired/) });
    expect(await roleOf(team.workspace, latecomer)).toBeUndefined();
    expect(await listPendingInvitations(await db(), team.workspace.id)).toEqual([]);
  });

  it('are refused once revoked, and the revocation is audited', async () => {
    const team = await makeTeam();
    const { invitation, token } = await makeInvitation(team, { role: 'editor' });
    await revokeInvitation(await db(), await manage(team, team.admin), invitation.id);
    const audit = await lastAudit(team.workspace);
    expect(audit).toMatchObject({ action: 'invitation.revoked', actorUserId: team.admin.id, targetId: invitation.id });
    const refused = accept(await makeUser('someone'), token);
    await expect(refused).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/withdrawn/) });
    await expect(revokeInvitation(await db(), await manage(team, team.admin), invitation.id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('bound to an email are refused for another address and stay usable by the right one', async () => {
    const team = await makeTeam();
    const invitee = await makeUser('invitee');
    const { token } = await makeInvitation(team, { email: invitee.email.toUpperCase(), role: 'editor' });
    const stranger = await makeUser('stranger');
    await expect(accept(stranger, token)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await roleOf(team.workspace, stranger)).toBeUndefined();
    await accept(invitee, token);
    expect(await roleOf(team.workspace, invitee)).toBe('editor');
  });

  it('to the owner role can be created and revoked only by an owner', async () => {
    const team = await makeTeam();
    await expect(makeInvitation(team, { role: 'owner' }, team.admin)).rejects.toMatchObject({ code: 'forbidden' });
    const { invitation } = await makeInvitation(team, { role: 'owner' }, team.owner);
    await expect(revokeInvitation(await db(), await manage(team, team.admin), invitation.id)).rejects.toMatchObject({ code: 'forbidden' });
    // The refused revocation is rolled back: the invitation is still pending.
    expect((await listPendingInvitations(await db(), team.workspace.id)).map((i) => i.id)).toEqual([invitation.id]);
    expect(await auditActions(team.workspace)).toEqual(['workspace.created', 'member.invited']);
  });

  it('accepted by someone who is already a member keep their current role', async () => {
    const team = await makeTeam();
    const { token } = await makeInvitation(team, { role: 'viewer' });
    expect((await accept(team.admin, token)).role).toBe('admin');
    expect(await roleOf(team.workspace, team.admin)).toBe('admin');
    expect(await auditActions(team.workspace)).not.toContain('member.joined');
  });

  it('with an unknown link are not found', async () => {
    await expect(accept(await makeUser('guesser'), 'inv_not-a-real-token')).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('managing members', () => {
  it('an admin changes a member’s role, and the change is audited with before and after', async () => {
    const team = await makeTeam();
    await changeMemberRole(await db(), await manage(team, team.admin), team.viewer.id, 'editor');
    expect(await roleOf(team.workspace, team.viewer)).toBe('editor');
    expect(await lastAudit(team.workspace)).toMatchObject({
      action: 'member.role_changed',
      actorUserId: team.admin.id,
      targetId: team.viewer.id,
      data: { email: team.viewer.email, from: 'viewer', to: 'editor' },
    });
  });

  it('an admin removes a member, and the removal is audited', async () => {
    const team = await makeTeam();
    await removeMember(await db(), await manage(team, team.admin), team.editor.id);
    expect(await roleOf(team.workspace, team.editor)).toBeUndefined();
    expect(await lastAudit(team.workspace)).toMatchObject({ action: 'member.removed', targetId: team.editor.id, data: { role: 'editor' } });
  });

  it('a member leaves, and the departure is audited', async () => {
    const team = await makeTeam();
    await leaveWorkspace(await db(), await accessAs(team.viewer, team.workspace));
    expect(await roleOf(team.workspace, team.viewer)).toBeUndefined();
    expect(await lastAudit(team.workspace)).toMatchObject({ action: 'member.left', actorUserId: team.viewer.id, targetId: team.viewer.id });
  });

  it('a user who is not a member of this workspace is not found', async () => {
    const team = await makeTeam('a');
    const other = await makeTeam('b');
    const access = await manage(team, team.owner);
    await expect(changeMemberRole(await db(), access, other.editor.id, 'viewer')).rejects.toMatchObject({ code: 'not_found' });
    await expect(removeMember(await db(), access, other.editor.id)).rejects.toMatchObject({ code: 'not_found' });
    expect(await roleOf(other.workspace, other.editor)).toBe('editor');
  });

  it.each<[string, (team: Team) => Promise<unknown>]>([
    ['demote an owner', async (t) => changeMemberRole(await db(), await manage(t, t.admin), t.owner.id, 'editor')],
    ['make someone an owner', async (t) => changeMemberRole(await db(), await manage(t, t.admin), t.editor.id, 'owner')],
    ['make themselves an owner', async (t) => changeMemberRole(await db(), await manage(t, t.admin), t.admin.id, 'owner')],
    ['remove an owner', async (t) => removeMember(await db(), await manage(t, t.admin), t.owner.id)],
  ])('an admin may not %s', async (_, attempt) => {
    const team = await makeTeam();
    await expect(attempt(team)).rejects.toMatchObject({ code: 'forbidden' });
    const roles = await Promise.all([team.owner, team.admin, team.editor].map((u) => roleOf(team.workspace, u)));
    expect(roles).toEqual(['owner', 'admin', 'editor']);
    expect(await auditActions(team.workspace)).toEqual(['workspace.created']);
  });
});

describe('the last owner', () => {
  it.each<[string, (team: Team) => Promise<unknown>]>([
    ['leave', async (t) => leaveWorkspace(await db(), await accessAs(t.owner, t.workspace))],
    ['be demoted', async (t) => changeMemberRole(await db(), await manage(t, t.owner), t.owner.id, 'admin')],
    ['be removed', async (t) => removeMember(await db(), await manage(t, t.owner), t.owner.id)],
  ])('cannot %s', async (_, attempt) => {
    const team = await makeTeam();
    await expect(attempt(team)).rejects.toMatchObject({ code: 'conflict' });
    expect(await roleOf(team.workspace, team.owner)).toBe('owner');
    expect(await auditActions(team.workspace)).toEqual(['workspace.created']);
  });

  it('can step down once another owner exists', async () => {
    const team = await makeTeam();
    const second = await addMember(team.workspace, 'owner', 'second-owner');
    await changeMemberRole(await db(), await manage(team, team.owner), team.owner.id, 'admin');
    await expect(leaveWorkspace(await db(), await accessAs(second, team.workspace))).rejects.toMatchObject({ code: 'conflict' });
    expect(await roleOf(team.workspace, second)).toBe('owner');
  });

  // Two owners acting at once must leave one owner and tell the other why, not fail on a deadlock.
  // Each case looks both owners up first, then returns the two calls to start together.
  it.each<[string, (team: Team, second: User) => Promise<() => Promise<unknown>[]>]>([
    [
      'demote each other',
      async (t, second) => {
        const [d, a, b] = [await db(), await manage(t, t.owner), await manage(t, second)];
        return () => [changeMemberRole(d, a, second.id, 'admin'), changeMemberRole(d, b, t.owner.id, 'admin')];
      },
    ],
    [
      'both leave',
      async (t, second) => {
        const [d, a, b] = [await db(), await accessAs(t.owner, t.workspace), await accessAs(second, t.workspace)];
        return () => [leaveWorkspace(d, a), leaveWorkspace(d, b)];
      },
    ],
  ])('keeps exactly one owner when the two owners %s at the same moment', async (_, prepare) => {
    const team = await makeTeam();
    const second = await addMember(team.workspace, 'owner', 'second-owner');
    const both = await prepare(team, second);
    const ownerRows = sql`select 1 from memberships where workspace_id = ${team.workspace.id} and role = 'owner' for update`;
    const results = await startTogether(ownerRows, 2, () => Promise.allSettled(both()));
    const roles = await Promise.all([roleOf(team.workspace, team.owner), roleOf(team.workspace, second)]);
    expect(roles.filter((r) => r === 'owner')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'conflict' } });
  });
});
