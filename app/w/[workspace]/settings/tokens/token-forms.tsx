'use client';

import { CopyField } from '@/app/_components/copy-field';
import { ActionForm, Field, SelectField, SubmitButton } from '@/app/_components/form';
import { createTokenAction, revokeTokenAction } from '../actions';

export function CreateTokenForm({ workspace, roles }: { workspace: string; roles: { value: string; label: string }[] }) {
  return (
    <ActionForm
      action={createTokenAction}
      hidden={{ workspace }}
      aria-label="Create a token"
      className="grid gap-4 sm:grid-cols-[1fr_10rem_auto] sm:items-end"
      renderResult={(result) => (
        <CopyField label={`Your new token “${result.name}”`} value={result.token} note="Copy it now: it will not be shown again. Treat it like a password." />
      )}
    >
      <Field name="name" label="Name" placeholder="Zapier import" required maxLength={80} hint="What will use this token." />
      <SelectField name="role" label="Role" options={roles} defaultValue="editor" />
      <div className="sm:mb-5">
        <SubmitButton pendingLabel="Creating…">Create token</SubmitButton>
      </div>
    </ActionForm>
  );
}

export function RevokeTokenForm({ workspace, tokenId, name }: { workspace: string; tokenId: string; name: string }) {
  return (
    <ActionForm action={revokeTokenAction} hidden={{ workspace, tokenId }} className="inline-flex flex-col items-end gap-2" aria-label={`Revoke ${name}`}>
      <SubmitButton variant="ghost" pendingLabel="Revoking…">
        Revoke<span className="sr-only"> {name}</span>
      </SubmitButton>
    </ActionForm>
  );
}
