'use client';

import { acceptInvitationAction } from '@/app/account-actions';
import { ActionForm, SubmitButton } from '@/app/_components/form';

export function AcceptInvitationForm({ token }: { token: string }) {
  return (
    <ActionForm action={acceptInvitationAction} hidden={{ token }} className="mt-6 space-y-3" aria-label="Accept invitation">
      <SubmitButton pendingLabel="Joining…">Accept invitation</SubmitButton>
    </ActionForm>
  );
}
