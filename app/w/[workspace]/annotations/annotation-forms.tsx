'use client';

import { ActionForm, Field, SelectField, SubmitButton } from '@/app/_components/form';
import { TextareaField } from '@/app/_components/form-fields';
import { deleteAnnotationAction, saveAnnotationAction } from './actions';

export interface AnnotationValues {
  id: string;
  day: string;
  label: string;
  note: string | null;
  profileId: string | null;
}

export function AnnotationForm({
  workspace,
  profiles,
  annotation,
}: {
  workspace: string;
  profiles: { id: string; name: string }[];
  annotation?: AnnotationValues;
}) {
  const about = [{ value: '', label: 'The whole workspace' }, ...profiles.map((p) => ({ value: p.id, label: p.name }))];
  return (
    <ActionForm
      action={saveAnnotationAction}
      hidden={{ workspace, annotationId: annotation?.id ?? '' }}
      aria-label={annotation ? `Edit the note “${annotation.label}”` : 'Add a note'}
      successMessage={annotation ? 'Saved.' : 'Added.'}
      resetOnSuccess={!annotation}
      className="grid gap-4 sm:grid-cols-2"
    >
      <Field name="day" label="Day" type="date" defaultValue={annotation?.day} required hint="A UTC day; the marker sits on this day in every chart." />
      <SelectField name="profileId" label="About" options={about} defaultValue={annotation?.profileId ?? ''} />
      <div className="sm:col-span-2">
        <Field name="label" label="What happened" defaultValue={annotation?.label} required maxLength={120} placeholder="Product launch campaign" />
      </div>
      <div className="sm:col-span-2">
        <TextareaField name="note" label="Details (optional)" rows={3} maxLength={2000} defaultValue={annotation?.note ?? ''} />
      </div>
      <div className="sm:col-span-2">
        <SubmitButton pendingLabel="Saving…">{annotation ? 'Save changes' : 'Add note'}</SubmitButton>
      </div>
    </ActionForm>
  );
}

export function DeleteAnnotationForm({ workspace, annotationId, label }: { workspace: string; annotationId: string; label: string }) {
  return (
    <ActionForm action={deleteAnnotationAction} hidden={{ workspace, annotationId }} className="inline-flex" aria-label={`Delete the note ${label}`}>
      <SubmitButton variant="ghost" pendingLabel="…">
        Delete<span className="sr-only"> {label}</span>
      </SubmitButton>
    </ActionForm>
  );
}
