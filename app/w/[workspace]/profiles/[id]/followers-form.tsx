'use client';

import { ActionForm, Field, SubmitButton } from '@/app/_components/form';
import { recordFollowersAction } from '../actions';

export function RecordFollowersForm({ workspace, profileId, today }: { workspace: string; profileId: string; today: string }) {
  return (
    <ActionForm
      action={recordFollowersAction}
      hidden={{ workspace, profileId }}
      aria-label="Record followers"
      successMessage="Recorded."
      className="grid gap-4 sm:grid-cols-[12rem_12rem_auto] sm:items-end"
    >
      <Field name="day" label="Day (UTC)" type="date" defaultValue={today} required />
      <Field name="total" label="Followers" type="number" min={0} inputMode="numeric" required />
      <div className="sm:mb-0.5">
        <SubmitButton pendingLabel="Recording…">Record followers</SubmitButton>
      </div>
    </ActionForm>
  );
}
