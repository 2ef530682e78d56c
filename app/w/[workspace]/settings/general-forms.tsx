'use client';

import { ActionForm, Field, SubmitButton } from '@/app/_components/form';
import { deleteWorkspaceAction, updateWorkspaceAction } from './actions';

export function UpdateWorkspaceForm({ workspace, name }: { workspace: string; name: string }) {
  return (
    <ActionForm action={updateWorkspaceAction} hidden={{ workspace }} successMessage="Saved." resetOnSuccess={false} aria-label="Name and URL">
      <Field name="name" label="Name" defaultValue={name} required maxLength={80} />
      <Field name="slug" label="URL" defaultValue={workspace} required maxLength={40} hint="Pages live at /w/<URL>. Old links stop working when you change it." />
      <SubmitButton pendingLabel="Saving…">Save</SubmitButton>
    </ActionForm>
  );
}

export function DeleteWorkspaceForm({ workspace, name }: { workspace: string; name: string }) {
  return (
    <ActionForm action={deleteWorkspaceAction} hidden={{ workspace }} aria-label="Delete workspace">
      <Field name="confirmation" label={`Type “${name}” to confirm`} autoComplete="off" required />
      <SubmitButton variant="danger" pendingLabel="Deleting…">
        Delete workspace
      </SubmitButton>
    </ActionForm>
  );
}
