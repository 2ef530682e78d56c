'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { workspaceAction } from '@/lib/actions/workspace-action';
import { apiTokenInputSchema, createApiToken, revokeApiToken } from '@/lib/auth/api-tokens';
import { ROLES } from '@/lib/auth/permissions';
import { appOrigin } from '@/lib/app-url';
import { createInvitation, invitationInputSchema, revokeInvitation } from '@/lib/workspaces/invitations';
import { sendInvitationEmail } from '@/lib/mail';
import { changeMemberRole, leaveWorkspace, removeMember } from '@/lib/workspaces/members';
import { deleteWorkspace, updateWorkspace, workspaceNameSchema, workspaceSlugSchema } from '@/lib/workspaces/workspaces';

// Each action is one line of policy (its permission) and one call into lib/; the wrapper
// does the rest (session, door, validation, errors as form state).

const id = z.string().uuid('Not a valid id.');

export const updateWorkspaceAction = workspaceAction(
  'workspace:update',
  z.object({ name: workspaceNameSchema, slug: workspaceSlugSchema }),
  async (input, { db, access }) => {
    const updated = await updateWorkspace(db, access, input);
    if (updated.slug !== access.workspace.slug) redirect(`/w/${updated.slug}/settings`);
    return { name: updated.name };
  },
);

export const deleteWorkspaceAction = workspaceAction(
  'workspace:delete',
  z.object({ confirmation: z.string() }),
  async ({ confirmation }, { db, access }) => {
    await deleteWorkspace(db, access, confirmation);
    redirect('/');
  },
);

export const leaveWorkspaceAction = workspaceAction('workspace:read', z.object({}), async (_input, { db, access }) => {
  await leaveWorkspace(db, access);
  redirect('/');
});

export const inviteMemberAction = workspaceAction('members:manage', invitationInputSchema, async (input, { db, access }) => {
  const { invitation, token } = await createInvitation(db, access, input);
  const link = `${appOrigin(await headers())}/invite/${token}`;
  let emailed = false;
  if (invitation.email) {
    emailed = await sendInvitationEmail({
      to: invitation.email,
      link,
      workspaceName: access.workspace.name,
      invitedBy: access.actor.label,
      role: invitation.role,
    }).catch((error) => {
      console.error('Invitation email failed', error);
      return false;
    });
  }
  return { link, emailed, email: invitation.email };
});

export const revokeInvitationAction = workspaceAction('members:manage', z.object({ invitationId: id }), async ({ invitationId }, { db, access }) => {
  await revokeInvitation(db, access, invitationId);
});

export const changeRoleAction = workspaceAction(
  'members:manage',
  z.object({ userId: id, role: z.enum(ROLES) }),
  async ({ userId, role }, { db, access }) => {
    await changeMemberRole(db, access, userId, role);
  },
);

export const removeMemberAction = workspaceAction('members:manage', z.object({ userId: id }), async ({ userId }, { db, access }) => {
  await removeMember(db, access, userId);
});

export const createTokenAction = workspaceAction('tokens:manage', apiTokenInputSchema, async (input, { db, access }) => {
  const { token, apiToken } = await createApiToken(db, access, input);
  return { token, name: apiToken.name };
});

export const revokeTokenAction = workspaceAction('tokens:manage', z.object({ tokenId: id }), async ({ tokenId }, { db, access }) => {
  await revokeApiToken(db, access, tokenId);
});
