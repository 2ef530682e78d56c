'use client';

import { ActionForm, Field, SelectField, SubmitButton } from '@/app/_components/form';
import { TextareaField } from '@/app/_components/form-fields';
import { addConsentEventAction, deleteConsentEventAction, recordToggleNowAction } from '../actions';

const STATUSES = [
  { value: 'off', label: 'OFF (opted out)' },
  { value: 'on', label: 'ON (opted in)' },
];

export function AddConsentEventForm({ workspace, profileId, defaultAt }: { workspace: string; profileId: string; defaultAt: string }) {
  return (
    <ActionForm action={addConsentEventAction} hidden={{ workspace, profileId }} aria-label="Add an event" successMessage="Event recorded.">
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField name="status" label="The setting was turned" options={STATUSES} defaultValue="off" />
        <Field
          name="effectiveAt"
          label="Effective at (UTC)"
          type="datetime-local"
          defaultValue={defaultAt}
          required
          hint="Date and time in UTC, not your local time."
        />
      </div>
      <TextareaField name="note" label="Note (optional)" rows={2} maxLength={1000} placeholder="e.g. Screenshot of the settings page saved in the team drive." />
      <SubmitButton pendingLabel="Recording…">Add event</SubmitButton>
    </ActionForm>
  );
}

export function DeleteConsentEventForm({ workspace, profileId, eventId, label }: { workspace: string; profileId: string; eventId: string; label: string }) {
  return (
    <ActionForm action={deleteConsentEventAction} hidden={{ workspace, profileId, eventId }} className="inline-flex flex-col items-end gap-2" aria-label={`Delete ${label}`}>
      <SubmitButton variant="ghost" pendingLabel="Deleting…">
        Delete<span className="sr-only"> {label}</span>
      </SubmitButton>
    </ActionForm>
  );
}

/** One click records the change at this moment: the guide's "I changed it today". */
export function ToggleTodayButtons({ workspace, profileId }: { workspace: string; profileId: string }) {
  return (
    <div className="flex flex-wrap items-start gap-3">
      {(['off', 'on'] as const).map((status) => (
        <ActionForm
          key={status}
          action={recordToggleNowAction}
          hidden={{ workspace, profileId, status }}
          className="flex flex-col gap-2"
          aria-label={`I turned it ${status.toUpperCase()} today`}
          successMessage={`Recorded: turned ${status.toUpperCase()} now.`}
        >
          <SubmitButton variant={status === 'off' ? 'primary' : 'secondary'} pendingLabel="Recording…">
            I turned it {status.toUpperCase()} today
          </SubmitButton>
        </ActionForm>
      ))}
    </div>
  );
}
