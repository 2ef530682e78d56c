import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { invitations, memberships, workspaces, type Invitation, type Role } from '@/db/schema';
import type { Access } from '@/lib/auth/access';
import { emailSchema } from '@/lib/auth/email';
import { can, ROLES } from '@/lib/auth/permissions';
import { hashSecret, newSecret } from '@/lib/auth/secrets';
import { recordAudit, type Actor } from '@/lib/audit';
import { AppError, forbidden, notFound } from '@/lib/errors';

export const INVITATION_TTL_DAYS = 7;

export const invitationInputSchema = z.object({
  email: z.union([z.literal('').transform(() => undefined), emailSchema]).optional(),
  role: z.enum(ROLES),
});

/** Creates a single-use link; the secret in it is returned once and only its hash is kept. */
export async function createInvitation(
  db: Db,
  access: Access,
  input: z.input<typeof invitationInputSchema>,
): Promise<{ invitation: Invitation; token: string }> {
  const { email, role } = invitationInputSchema.parse(input);
  if (role === 'owner' && !can(access.role, 'owners:manage')) throw forbidden('Only an owner can invite another owner.');
  const token = newSecret('inv');
  return db.transaction(async (tx) => {
    const [invitation] = await tx
      .insert(invitations)
      .values({
        workspaceId: access.workspace.id,
        email: email ?? null,
        role,
        tokenHash: hashSecret(token),
        invitedBy: access.principal.kind === 'user' ? access.principal.userId : null,
        expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 86_400_000),
      })
      .returning();
    await recordAudit(tx, access.workspace.id, access.actor, {
      action: 'member.invited',
      targetType: 'invitation',
      targetId: invitation!.id,
      data: { email: email ?? null, role },
    });
    return { invitation: invitation!, token };
  });
}

export function listPendingInvitations(db: Db, workspaceId: string) {
  return db
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.workspaceId, workspaceId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, new Date()),
      ),
    )
    .orderBy(desc(invitations.createdAt));
}

export async function revokeInvitation(db: Db, access: Access, invitationId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [revoked] = await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(invitations.id, invitationId),
          eq(invitations.workspaceId, access.workspace.id),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      )
      .returning();
    if (!revoked) throw notFound('Invitation not found.');
    if (revoked.role === 'owner' && !can(access.role, 'owners:manage')) throw forbidden('Only an owner can revoke an owner invitation.');
    await recordAudit(tx, access.workspace.id, access.actor, {
      action: 'invitation.revoked',
      targetType: 'invitation',
      targetId: invitationId,
      data: { email: revoked.email, role: revoked.role },
    });
  });
}

/**
 * An invitation may not outlive its creator's right to make it: when a member leaves or is
 * removed, their pending invitations are withdrawn; when demoted, those their new role could
 * not have made are.
 */
export async function revokeInvitationsCreatedBy(db: Db, workspaceId: string, actor: Actor, userId: string, newRole?: Role) {
  if (newRole && can(newRole, 'owners:manage')) return;
  const onlyOwnerInvitations = newRole !== undefined && can(newRole, 'members:manage');
  const revoked = await db
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(invitations.workspaceId, workspaceId),
        eq(invitations.invitedBy, userId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        onlyOwnerInvitations ? eq(invitations.role, 'owner') : undefined,
      ),
    )
    .returning({ id: invitations.id, email: invitations.email, role: invitations.role });
  for (const invitation of revoked) {
    await recordAudit(db, workspaceId, actor, {
      action: 'invitation.revoked',
      targetType: 'invitation',
      targetId: invitation.id,
      data: { email: invitation.email, role: invitation.role, reason: newRole ? 'its creator’s role was lowered' : 'its creator left the workspace' },
    });
  }
}

export type InvitationState = 'valid' | 'expired' | 'used' | 'revoked';

/** What the acceptance page shows before the user clicks "Accept". */
export async function describeInvitation(db: Db, token: string) {
  const [row] = await db
    .select({ invitation: invitations, workspaceName: workspaces.name, workspaceSlug: workspaces.slug })
    .from(invitations)
    .innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
    .where(eq(invitations.tokenHash, hashSecret(token)));
  if (!row) return null;
  return { ...row, state: invitationState(row.invitation) };
}

function invitationState(invitation: Invitation): InvitationState {
  if (invitation.revokedAt) return 'revoked';
  if (invitation.acceptedAt) return 'used';
  if (invitation.expiresAt.getTime() <= Date.now()) return 'expired';
  return 'valid';
}

export const INVITATION_STATE_MESSAGES: Record<Exclude<InvitationState, 'valid'>, string> = {
  expired: 'This invitation has expired. Ask for a new one.',
  used: 'This invitation has already been used.',
  revoked: 'This invitation was withdrawn.',
};

/** Accepts the invitation for the signed-in user; single-use, checked under a row lock. */
export async function acceptInvitation(
  db: Db,
  user: { userId: string; email: string },
  token: string,
): Promise<{ workspaceId: string; workspaceSlug: string; role: Role }> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ invitation: invitations, slug: workspaces.slug })
      .from(invitations)
      .innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
      .where(eq(invitations.tokenHash, hashSecret(token)))
      .for('update', { of: invitations });
    if (!row) throw notFound('This invitation link is not valid.');
    const { invitation } = row;
    const state = invitationState(invitation);
    if (state !== 'valid') throw new AppError('conflict', INVITATION_STATE_MESSAGES[state]);
    if (invitation.email && invitation.email !== user.email) {
      throw forbidden(`This invitation is for ${invitation.email}. Sign in with that address to accept it.`);
    }
    const [existing] = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.workspaceId, invitation.workspaceId), eq(memberships.userId, user.userId)));
    await tx.update(invitations).set({ acceptedAt: new Date(), acceptedBy: user.userId }).where(eq(invitations.id, invitation.id));
    // Already a member: keep the current role rather than silently changing it.
    if (existing) return { workspaceId: invitation.workspaceId, workspaceSlug: row.slug, role: existing.role };
    await tx.insert(memberships).values({ workspaceId: invitation.workspaceId, userId: user.userId, role: invitation.role });
    await recordAudit(tx, invitation.workspaceId, { userId: user.userId, label: user.email }, {
      action: 'member.joined',
      targetType: 'member',
      targetId: user.userId,
      data: { email: user.email, role: invitation.role, invitationId: invitation.id },
    });
    return { workspaceId: invitation.workspaceId, workspaceSlug: row.slug, role: invitation.role };
  });
}
