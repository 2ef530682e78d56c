'use client';

import { ActionForm, Field, SubmitButton } from '@/app/_components/form';
import { CheckboxField } from '@/app/_components/form-fields';
import { deleteRegionRuleAction, saveRegionRuleAction } from './actions';

export interface RuleValues {
  id: string;
  effectiveFrom: string;
  regions: string[];
  exempt: boolean;
  defaultOn: boolean;
  label: string;
  sourceTitle: string;
  sourceUrl: string;
  startUnconfirmed: boolean;
}

/** Adds a rule, or edits `rule` when given. */
export function RuleForm({ workspace, rule }: { workspace: string; rule?: RuleValues }) {
  return (
    <ActionForm
      action={saveRegionRuleAction}
      hidden={{ workspace, ruleId: rule?.id ?? '' }}
      aria-label={rule ? 'Edit rule' : 'Add a rule'}
      successMessage={rule ? 'Saved. Exposure of posts recomputed.' : 'Rule added. Exposure of posts recomputed.'}
      resetOnSuccess={!rule}
    >
      <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
        <Field name="effectiveFrom" label="Effective from (UTC day)" type="date" defaultValue={rule?.effectiveFrom} required />
        <Field
          name="regions"
          label="Regions"
          defaultValue={rule?.regions.join(' ')}
          required
          placeholder="DE FR IT or *"
          hint="ISO 3166 codes separated by spaces or commas; * means every region no other rule names."
        />
      </div>
      <Field name="label" label="What the rule says" defaultValue={rule?.label} required maxLength={200} placeholder="Exemption ends: training per the toggle, default ON" />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="sourceTitle" label="Source" defaultValue={rule?.sourceTitle} required maxLength={300} placeholder="LinkedIn Help: …" />
        <Field name="sourceUrl" label="Source link" type="url" defaultValue={rule?.sourceUrl} required placeholder="https://…" />
      </div>
      <div className="flex flex-wrap gap-6">
        <CheckboxField name="exempt" label="Exempt" defaultChecked={rule?.exempt} hint="No training in these regions, whatever the toggle says." />
        <CheckboxField name="defaultOn" label="Default ON" defaultChecked={rule?.defaultOn ?? true} hint="The toggle of members who never changed it." />
        <CheckboxField name="startUnconfirmed" label="Start unconfirmed" defaultChecked={rule?.startUnconfirmed} hint="The date is reported, not confirmed: flagged wherever it shows." />
      </div>
      <SubmitButton pendingLabel="Saving…">{rule ? 'Save rule' : 'Add rule'}</SubmitButton>
    </ActionForm>
  );
}

export function DeleteRuleForm({ workspace, ruleId, label }: { workspace: string; ruleId: string; label: string }) {
  return (
    <ActionForm action={deleteRegionRuleAction} hidden={{ workspace, ruleId }} className="inline-flex flex-col items-end gap-2" aria-label={`Delete rule ${label}`}>
      <SubmitButton variant="ghost" pendingLabel="Deleting…">
        Delete<span className="sr-only"> rule “{label}”</span>
      </SubmitButton>
    </ActionForm>
  );
}
