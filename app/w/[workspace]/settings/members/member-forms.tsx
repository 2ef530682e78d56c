'use client';

import { CopyField } from '@/app/_components/copy-field';
import { ActionForm, Field, SelectField, SubmitButton } from '@/app/_components/form';
import { changeRoleAction, inviteMemberAction, removeMemberAction, revokeInvitationAction } from '../actions';

type Options = { value: string; label: string }[];

export function InviteForm({ workspace, roles, emailEnabled }: { workspace: string; roles: Options; emailEnabled: boolean }) {
  return (
    <ActionForm
      action={inviteMemberAction}
      hidden={{ workspace }}
      aria-label="Invite someone"
      className="grid gap-4 sm:grid-cols-[1fr_10rem_auto] sm:items-end"
      renderResult={(result) => (
        <CopyField
          label={result.emailed ? `Invitation emailed to ${result.email}. The link, in case it does not arrive:` : 'Invitation link'}
          value={result.link}
          note="Send this link to the person you invite. It works once, expires in 7 days, and is not shown again."
        />
      )}
    >
      <Field
        name="email"
        label="Email (optional)"
        type="email"
        autoComplete="off"
        hint={emailEnabled ? 'We email the link. Only this address can accept it.' : 'Only this address can accept it. Email is not configured: copy the link.'}
      />
      <SelectField name="role" label="Role" options={roles} defaultValue="editor" />
      <div className="sm:mb-5">
        <SubmitButton pendingLabel="Creating…">Create invitation</SubmitButton>
      </div>
    </ActionForm>
  );
}

export function MemberRoleForm({ workspace, userId, role, roles, label }: { workspace: string; userId: string; role: string; roles: Options; label: string }) {
  return (
    <ActionForm action={changeRoleAction} hidden={{ workspace, userId }} className="flex flex-wrap items-center gap-2" successMessage="Role changed." resetOnSuccess={false} aria-label={label}>
      <SelectField name="role" label={label} hideLabel options={roles} defaultValue={role} />
      <SubmitButton variant="secondary" pendingLabel="Saving…">
        Change
      </SubmitButton>
    </ActionForm>
  );
}

export function RemoveMemberForm({ workspace, userId, email }: { workspace: string; userId: string; email: string }) {
  return (
    <ActionForm action={removeMemberAction} hidden={{ workspace, userId }} className="inline-flex flex-col items-end gap-2" aria-label={`Remove ${email}`}>
      <SubmitButton variant="ghost" pendingLabel="Removing…">
        Remove<span className="sr-only"> {email}</span>
      </SubmitButton>
    </ActionForm>
  );
}

export function RevokeInvitationForm({ workspace, invitationId }: { workspace: string; invitationId: string }) {
  return (
    <ActionForm action={revokeInvitationAction} hidden={{ workspace, invitationId }} className="inline-flex flex-col items-end gap-2" aria-label="Withdraw invitation">
      <SubmitButton variant="ghost" pendingLabel="Withdrawing…">
        Withdraw
      </SubmitButton>
    </ActionForm>
  );
}
