import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import type { User } from '@/db/schema';
import { authenticateApiToken, createApiToken } from '@/lib/auth/api-tokens';
import { changeMemberRole, leaveWorkspace, removeMember } from '@/lib/workspaces/members';
import { accessAs, auditActions, makeTeam, unique, type Team } from '../support/fixtures';

// A token never outranks the member who made it: not when it is created, and not later.

async function tokenBy(team: Team, creator: User, role: 'admin' | 'editor' | 'viewer') {
  const access = await accessAs(creator, team.workspace, 'tokens:manage');
  return (await createApiToken(await getDb(), access, { name: unique('token'), role })).token;
}

const works = async (token: string) => (await authenticateApiToken(await getDb(), token)) !== null;

describe('tokens of a member whose access changes', () => {
  it('are revoked when the member is removed, and the revocation is audited', async () => {
    const team = await makeTeam();
    const token = await tokenBy(team, team.admin, 'editor');
    await removeMember(await getDb(), await accessAs(team.owner, team.workspace, 'members:manage'), team.admin.id);
    expect(await works(token)).toBe(false);
    expect(await auditActions(team.workspace)).toContain('token.revoked');
  });

  it('are revoked when the member leaves', async () => {
    const team = await makeTeam();
    const token = await tokenBy(team, team.admin, 'viewer');
    await leaveWorkspace(await getDb(), await accessAs(team.admin, team.workspace));
    expect(await works(token)).toBe(false);
  });

  it('above the new role are revoked on demotion; the others keep working', async () => {
    const team = await makeTeam();
    const adminToken = await tokenBy(team, team.admin, 'admin');
    const editorToken = await tokenBy(team, team.admin, 'editor');
    await changeMemberRole(await getDb(), await accessAs(team.owner, team.workspace, 'members:manage'), team.admin.id, 'editor');
    expect(await works(adminToken)).toBe(false);
    expect(await works(editorToken)).toBe(true);
  });

  it('of other members are untouched', async () => {
    const team = await makeTeam();
    const ownersToken = await tokenBy(team, team.owner, 'admin');
    await removeMember(await getDb(), await accessAs(team.owner, team.workspace, 'members:manage'), team.admin.id);
    expect(await works(ownersToken)).toBe(true);
  });
});
