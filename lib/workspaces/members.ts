import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { memberships, users, type Role } from '@/db/schema';
import type { Access } from '@/lib/auth/access';
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
 * Locks the workspace's owner rows and counts them. Two owners demoting each other at the
 * same moment would otherwise both see "another owner remains" and leave none.
 */
async function lockedOwnerCount(tx: Db, workspaceId: string): Promise<number> {
  const rows = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.role, 'owner')))
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
    const member = await findMember(tx, workspaceId, userId);
    if (member.role === role) return;
    assertMayTouch(access, member.role, role);
    if (member.role === 'owner' && (await lockedOwnerCount(tx, workspaceId)) <= 1) {
      throw conflict('The last owner cannot be demoted: make another member owner first.');
    }
    await tx.update(memberships).set({ role }).where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
    await recordAudit(tx, workspaceId, access.actor, {
      action: 'member.role_changed',
      targetType: 'member',
      targetId: userId,
      data: { email: member.email, from: member.role, to: role },
    });
  });
}

export async function removeMember(db: Db, access: Access, userId: string): Promise<void> {
  const workspaceId = access.workspace.id;
  if (access.principal.kind === 'user' && access.principal.userId === userId) return leaveWorkspace(db, access);
  await db.transaction(async (tx) => {
    const member = await findMember(tx, workspaceId, userId);
    assertMayTouch(access, member.role);
    if (member.role === 'owner' && (await lockedOwnerCount(tx, workspaceId)) <= 1) {
      throw conflict('The last owner cannot be removed.');
    }
    await tx.delete(memberships).where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
    await recordAudit(tx, workspaceId, access.actor, {
      action: 'member.removed',
      targetType: 'member',
      targetId: userId,
      data: { email: member.email, role: member.role },
    });
  });
}

export async function leaveWorkspace(db: Db, access: Access): Promise<void> {
  if (access.principal.kind !== 'user') throw forbidden('An API token cannot leave a workspace.');
  const { userId } = access.principal;
  const workspaceId = access.workspace.id;
  await db.transaction(async (tx) => {
    const member = await findMember(tx, workspaceId, userId);
    if (member.role === 'owner' && (await lockedOwnerCount(tx, workspaceId)) <= 1) {
      throw conflict('You are the last owner: make another member owner first, or delete the workspace.');
    }
    await tx.delete(memberships).where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
    await recordAudit(tx, workspaceId, access.actor, {
      action: 'member.left',
      targetType: 'member',
      targetId: userId,
      data: { email: member.email, role: member.role },
    });
  });
}
