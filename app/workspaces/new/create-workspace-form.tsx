'use client';

import { createWorkspaceAction } from '@/app/account-actions';
import { ActionForm, Field, SubmitButton } from '@/app/_components/form';

export function CreateWorkspaceForm() {
  return (
    <ActionForm action={createWorkspaceAction} aria-label="New workspace">
      <Field name="name" label="Workspace name" required maxLength={80} placeholder="Acme Corp" autoFocus />
      <SubmitButton pendingLabel="Creating…">Create workspace</SubmitButton>
    </ActionForm>
  );
}
