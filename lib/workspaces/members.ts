import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { memberships, users, type Role } from '@/db/schema';
import type { Access } from '@/lib/auth/access';
import { revokeTokensCreatedBy } from '@/lib/auth/api-tokens';
import { revokeInvitationsCreatedBy } from './invitations';
import { can } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/audit';
import { conflict, forbidden, notFound } from '@/lib/errors';

export function listMembers(db: Db, workspaceId: string) {
  return db
    .select({ userId: users.id, email: users.email, name: users.name, role: memberships.role, joinedAt: memberships.createdAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.workspaceId, workspaceId))
    .orderBy(sql`case ${memberships.role} when 'owner' then 0 when 'admin' then 1 when 'editor' then 2 else 3 end`, asc(users.email));
}

/**
 * Locks the workspace's owner rows (in user-id order) and counts them. Two owners demoting
 * each other at the same moment would otherwise both see "another owner remains" and leave
 * none. Every change below takes this lock before it locks the member's own row, so two
 * such changes always lock in the same order and cannot deadlock.
 */
async function lockOwners(tx: Db, workspaceId: string): Promise<number> {
  const rows = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.role, 'owner')))
    .orderBy(asc(memberships.userId))
    .for('update');
  return rows.length;
}

async function findMember(tx: Db, workspaceId: string, userId: string) {
  const [member] = await tx
    .select({ userId: memberships.userId, role: memberships.role, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)))
    .for('update', { of: memberships });
  if (!member) throw notFound('Member not found.');
  return member;
}

/** Only owners may grant the owner role or act on an owner. */
function assertMayTouch(access: Access, ...roles: Role[]) {
  if (roles.includes('owner') && !can(access.role, 'owners:manage')) throw forbidden('Only an owner can grant or take the owner role.');
}

export async function changeMemberRole(db: Db, access: Access, userId: string, role: Role): Promise<void> {
  const workspaceId = access.workspace.id;
  await db.transaction(async (tx) => {
    const owners = await lockOwners(tx, workspaceId);
    const member = await findMember(tx, workspaceId, userId);
    if (member.role === role) return;
    assertMayTouch(access, member.role, role);
    if (member.role === 'owner' && owners <= 1) {
      throw conflict('The last owner cannot be demoted: make another member owner first.');
    }
    await tx.update(memberships).set({ role }).where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
    await recordAudit(tx, workspaceId, access.actor, {
      action: 'member.role_changed',
      targetType: 'member',
      targetId: userId,
      data: { email: member.email, from: member.role, to: role },
    });
    await revokeTokensCreatedBy(tx, workspaceId, access.actor, userId, { above: role });
    await revokeInvitationsCreatedBy(tx, workspaceId, access.actor, userId, role);
  });
}

export async function removeMember(db: Db, access: Access, userId: string): Promise<void> {
  if (access.principal.kind === 'user' && access.principal.userId === userId) return leaveWorkspace(db, access);
  await endMembership(db, access, userId, 'member.removed', 'The last owner cannot be removed.');
}

export async function leaveWorkspace(db: Db, access: Access): Promise<void> {
  if (access.principal.kind !== 'user') throw forbidden('An API token cannot leave a workspace.');
  await endMembership(
    db,
    access,
    access.principal.userId,
    'member.left',
    'You are the last owner: make another member owner first, or delete the workspace.',
  );
}

/** Removes a membership (keeping an owner), audits it, and revokes the member's tokens and invitations. */
async function endMembership(db: Db, access: Access, userId: string, action: 'member.removed' | 'member.left', lastOwnerMessage: string) {
  const workspaceId = access.workspace.id;
  await db.transaction(async (tx) => {
    const owners = await lockOwners(tx, workspaceId);
    const member = await findMember(tx, workspaceId, userId);
    if (action === 'member.removed') assertMayTouch(access, member.role);
    if (member.role === 'owner' && owners <= 1) throw conflict(lastOwnerMessage);
    await tx.delete(memberships).where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
    await recordAudit(tx, workspaceId, access.actor, {
      action,
      targetType: 'member',
      targetId: userId,
      data: { email: member.email, role: member.role },
    });
    await revokeTokensCreatedBy(tx, workspaceId, access.actor, userId);
    await revokeInvitationsCreatedBy(tx, workspaceId, access.actor, userId);
  });
}
