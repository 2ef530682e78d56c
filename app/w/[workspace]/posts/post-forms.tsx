'use client';

import { ActionForm, Field, SelectField, SubmitButton } from '@/app/_components/form';
import { TextareaField } from '@/app/_components/form-fields';
import { addSnapshotAction, createPostAction, deletePostAction, updatePostAction } from './actions';

type Options = { value: string; label: string }[];

export interface PostValues {
  id: string;
  profileId: string;
  url: string;
  /** When it was published, shown in the hint: the field starts empty so saving keeps the exact time. */
  publishedLabel: string;
  text: string | null;
  mediaKind: string | null;
  visibility: string | null;
}

const METRICS = [
  ['impressions', 'Impressions'],
  ['membersReached', 'Members reached'],
  ['reactions', 'Reactions'],
  ['comments', 'Comments'],
  ['reposts', 'Reposts'],
  ['clicks', 'Clicks'],
  ['saves', 'Saves'],
] as const;

/** The numbers of one snapshot; `prefix` names them for the post form's nested first snapshot. */
function MetricFields({ prefix = '', today }: { prefix?: string; today: string }) {
  return (
    <div className="grid gap-4 sm:grid-cols-4">
      <Field name={`${prefix}capturedOn`} label="Captured on (UTC day)" type="date" defaultValue={today} />
      {METRICS.map(([name, label]) => (
        <Field key={name} name={`${prefix}${name}`} label={label} type="number" inputMode="numeric" min={0} step={1} />
      ))}
    </div>
  );
}

function PostFields({ profiles, mediaKinds, visibilities, post }: { profiles: Options; mediaKinds: Options; visibilities: Options; post?: PostValues }) {
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField name="profileId" label="Profile" options={profiles} defaultValue={post?.profileId} />
        <Field
          name="url"
          label="LinkedIn URL or URN"
          defaultValue={post?.url}
          required
          placeholder="https://www.linkedin.com/feed/update/urn:li:activity:…"
          hint="Any link to the post, or its URN. The id in it identifies the post."
        />
        <Field
          name="publishedAt"
          label="Published at (UTC, optional)"
          type="datetime-local"
          step={1}
          hint={post?.publishedLabel ? `In UTC. Now ${post.publishedLabel}; leave empty to keep it.` : 'In UTC. Leave empty to take it from the post’s id, which encodes when it was created.'}
        />
        <div className="grid grid-cols-2 gap-4">
          <SelectField name="mediaKind" label="Media" options={mediaKinds} defaultValue={post?.mediaKind ?? ''} />
          <SelectField name="visibility" label="Visibility" options={visibilities} defaultValue={post?.visibility ?? ''} />
        </div>
      </div>
      <TextareaField name="text" label="Text (optional)" rows={6} defaultValue={post?.text ?? ''} hint="As posted. It is stored and shown as plain text." />
    </>
  );
}

export function NewPostForm(props: { workspace: string; profileId?: string; profiles: Options; mediaKinds: Options; visibilities: Options; today: string }) {
  const { workspace, profileId, today, ...options } = props;
  return (
    <ActionForm action={createPostAction} hidden={{ workspace }} aria-label="Add a post" className="space-y-6">
      <PostFields {...options} post={profileId ? { id: '', profileId, url: '', publishedLabel: '', text: null, mediaKind: null, visibility: null } : undefined} />
      <fieldset className="rounded-md border border-zinc-200 p-4 dark:border-zinc-800">
        <legend className="px-1 text-sm font-medium">First metrics (optional)</legend>
        <p className="mb-3 text-xs text-zinc-500 dark:text-zinc-400">From the post’s analytics on LinkedIn. Leave empty to add them later.</p>
        <MetricFields prefix="metrics." today={today} />
      </fieldset>
      <SubmitButton pendingLabel="Adding…">Add post</SubmitButton>
    </ActionForm>
  );
}

export function EditPostForm(props: { workspace: string; post: PostValues; profiles: Options; mediaKinds: Options; visibilities: Options }) {
  const { workspace, post, ...options } = props;
  return (
    <ActionForm action={updatePostAction} hidden={{ workspace, postId: post.id }} aria-label="Edit post" successMessage="Saved." resetOnSuccess={false}>
      <PostFields {...options} post={post} />
      <SubmitButton pendingLabel="Saving…">Save changes</SubmitButton>
    </ActionForm>
  );
}

export function SnapshotForm({ workspace, postId, today }: { workspace: string; postId: string; today: string }) {
  return (
    <ActionForm action={addSnapshotAction} hidden={{ workspace, postId }} aria-label="Add a snapshot" successMessage="Snapshot saved.">
      <MetricFields today={today} />
      <p className="text-xs text-zinc-500 dark:text-zinc-400">One snapshot per day: saving the same day again updates it, keeping numbers you leave empty.</p>
      <SubmitButton pendingLabel="Saving…">Save snapshot</SubmitButton>
    </ActionForm>
  );
}

export function DeletePostForm({ workspace, postId }: { workspace: string; postId: string }) {
  return (
    <ActionForm action={deletePostAction} hidden={{ workspace, postId }} aria-label="Delete post">
      <SubmitButton variant="danger" pendingLabel="Deleting…">
        Delete post
      </SubmitButton>
    </ActionForm>
  );
}
