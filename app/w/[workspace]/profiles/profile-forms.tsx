'use client';

import Link from 'next/link';
import { ActionForm, Field, SelectField, SubmitButton } from '@/app/_components/form';
import { archiveProfileAction, createProfileAction, updateProfileAction } from './actions';

type Options = { value: string; label: string }[];

export interface ProfileValues {
  id: string;
  name: string;
  kind: string;
  linkedinUrl: string | null;
  region: string;
  memberUserId: string | null;
}

const KINDS = [
  { value: 'member', label: 'Member profile' },
  { value: 'company', label: 'Company page' },
];

function ProfileFields({ regions, members, profile }: { regions: Options; members: Options; profile?: ProfileValues }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field name="name" label="Name" defaultValue={profile?.name} required maxLength={120} placeholder="Ada Lovelace" />
      <SelectField name="kind" label="Kind" options={KINDS} defaultValue={profile?.kind ?? 'member'} />
      <Field
        name="linkedinUrl"
        label="LinkedIn URL (optional)"
        type="url"
        defaultValue={profile?.linkedinUrl ?? ''}
        placeholder="https://www.linkedin.com/in/their-name/"
      />
      <SelectField
        name="region"
        label="Region"
        options={[{ value: '', label: 'Choose the country…' }, ...regions]}
        defaultValue={profile?.region ?? ''}
        hint="Where the account is registered: it decides which of LinkedIn’s region rules apply."
      />
      <SelectField
        name="memberUserId"
        label="Workspace member (optional)"
        options={[{ value: '', label: 'Nobody in this workspace' }, ...members]}
        defaultValue={profile?.memberUserId ?? ''}
        hint="The person whose profile this is, if they are a member here."
      />
    </div>
  );
}

export function AddProfileForm({ workspace, regions, members }: { workspace: string; regions: Options; members: Options }) {
  return (
    <ActionForm
      action={createProfileAction}
      hidden={{ workspace }}
      aria-label="Add a profile"
      renderResult={(created) => (
        <p className="mt-3 text-sm">
          Added “{created.name}”.{' '}
          <Link href={`/w/${workspace}/profiles/${created.id}`} className="font-medium text-indigo-600 hover:underline dark:text-indigo-400">
            Record its opt-in setting →
          </Link>
        </p>
      )}
    >
      <ProfileFields regions={regions} members={members} />
      <SubmitButton pendingLabel="Adding…">Add profile</SubmitButton>
    </ActionForm>
  );
}

export function EditProfileForm({ workspace, profile, regions, members }: { workspace: string; profile: ProfileValues; regions: Options; members: Options }) {
  return (
    <ActionForm action={updateProfileAction} hidden={{ workspace, profileId: profile.id }} aria-label="Edit profile" successMessage="Saved." resetOnSuccess={false}>
      <ProfileFields regions={regions} members={members} profile={profile} />
      <SubmitButton pendingLabel="Saving…">Save changes</SubmitButton>
    </ActionForm>
  );
}

export function ArchiveProfileForm({ workspace, profileId, archived }: { workspace: string; profileId: string; archived: boolean }) {
  return (
    <ActionForm action={archiveProfileAction} hidden={{ workspace, profileId, archived: String(!archived) }} aria-label={archived ? 'Unarchive profile' : 'Archive profile'}>
      <SubmitButton variant="secondary" pendingLabel={archived ? 'Restoring…' : 'Archiving…'}>
        {archived ? 'Unarchive profile' : 'Archive profile'}
      </SubmitButton>
    </ActionForm>
  );
}
