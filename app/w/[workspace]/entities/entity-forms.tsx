'use client';

import { ActionForm, Field, SelectField, SubmitButton } from '@/app/_components/form';
import { CheckboxField, TextareaField } from '@/app/_components/form-fields';
import { archiveEntityAction, saveEntityAction } from './actions';

export interface EntityValues {
  id: string;
  name: string;
  kind: string;
  isUs: boolean;
  caseSensitive: boolean;
  aliases: { text: string; caseSensitive: boolean }[];
}

const KINDS = [
  { value: 'person', label: 'Person' },
  { value: 'brand', label: 'Brand' },
  { value: 'product', label: 'Product' },
  { value: 'organization', label: 'Organization' },
];
const SIDES = [
  { value: 'us', label: 'Us (our people, brand, products)' },
  { value: 'competitor', label: 'A competitor' },
];

export function EntityForm({ workspace, entity }: { workspace: string; entity?: EntityValues }) {
  const byCase = (exact: boolean) =>
    (entity?.aliases ?? [])
      .filter((a) => (exact ? a.caseSensitive && !entity?.caseSensitive : !a.caseSensitive || entity?.caseSensitive))
      .map((a) => a.text)
      .join('\n');
  return (
    <ActionForm
      action={saveEntityAction}
      hidden={{ workspace, entityId: entity?.id ?? '' }}
      aria-label={entity ? `Edit ${entity.name}` : 'Add a name'}
      successMessage={entity ? 'Saved.' : 'Added.'}
      resetOnSuccess={!entity}
      className="grid gap-4 sm:grid-cols-2"
    >
      <Field name="name" label="Name" defaultValue={entity?.name} required maxLength={200} placeholder="Michelle J Raymond" />
      <SelectField name="kind" label="Kind" options={KINDS} defaultValue={entity?.kind ?? 'person'} />
      <SelectField name="side" label="Whose name" options={SIDES} defaultValue={entity && !entity.isUs ? 'competitor' : 'us'} />
      <CheckboxField
        name="caseSensitive"
        label="Match only as written"
        hint="For names that are common words (“Notion”, “Apple”): then “apple” does not count."
        defaultChecked={entity?.caseSensitive}
      />
      <TextareaField name="aliases" label="Other names, one per line" rows={4} defaultValue={byCase(false)} hint="Short names, the company name, domains such as b2bgrowthco.com." />
      <TextareaField name="exactAliases" label="Names matched only exactly as written, one per line" rows={4} defaultValue={byCase(true)} hint="Acronyms and names that are common words." />
      <div className="sm:col-span-2">
        <SubmitButton pendingLabel="Saving…">{entity ? 'Save changes' : 'Add name'}</SubmitButton>
      </div>
    </ActionForm>
  );
}

export function ArchiveEntityForm({ workspace, entityId, name, archived }: { workspace: string; entityId: string; name: string; archived: boolean }) {
  return (
    <ActionForm action={archiveEntityAction} hidden={{ workspace, entityId, archived: String(!archived) }} className="inline-flex" aria-label={`${archived ? 'Restore' : 'Archive'} ${name}`}>
      <SubmitButton variant="ghost" pendingLabel="…">
        {archived ? 'Restore' : 'Archive'}
        <span className="sr-only"> {name}</span>
      </SubmitButton>
    </ActionForm>
  );
}
