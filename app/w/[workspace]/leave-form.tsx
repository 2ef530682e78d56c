'use client';

import { ActionForm, SubmitButton } from '@/app/_components/form';
import { leaveWorkspaceAction } from './settings/actions';

export function LeaveWorkspaceForm({ workspace }: { workspace: string }) {
  return (
    <ActionForm action={leaveWorkspaceAction} hidden={{ workspace }} aria-label="Leave workspace">
      <SubmitButton variant="secondary" pendingLabel="Leaving…">
        Leave this workspace
      </SubmitButton>
    </ActionForm>
  );
}
