import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { acceptInvitation } from '@/lib/workspaces/invitations';
import { changeMemberRole, removeMember } from '@/lib/workspaces/members';
import { accessAs, makeInvitation, makeTeam, makeUser } from '../support/fixtures';

// An invitation may not outlive its creator's right to make it.
describe('invitations of a member whose access changes', () => {
  it('are withdrawn when the member is removed, so they cannot rejoin through their own link', async () => {
    const team = await makeTeam();
    const { token } = await makeInvitation(team, { role: 'admin' }, team.admin);
    await removeMember(await getDb(), await accessAs(team.owner, team.workspace, 'members:manage'), team.admin.id);
    await expect(acceptInvitation(await getDb(), { userId: team.admin.id, email: team.admin.email }, token)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('are withdrawn when the member is demoted below managing members; others keep theirs', async () => {
    const team = await makeTeam();
    const byAdmin = await makeInvitation(team, { role: 'editor' }, team.admin);
    const byOwner = await makeInvitation(team, { role: 'editor' }, team.owner);
    await changeMemberRole(await getDb(), await accessAs(team.owner, team.workspace, 'members:manage'), team.admin.id, 'editor');
    const newcomer = await makeUser('newcomer');
    await expect(acceptInvitation(await getDb(), { userId: newcomer.id, email: newcomer.email }, byAdmin.token)).rejects.toMatchObject({ code: 'conflict' });
    expect((await acceptInvitation(await getDb(), { userId: newcomer.id, email: newcomer.email }, byOwner.token)).role).toBe('editor');
  });
});
