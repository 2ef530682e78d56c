'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { asUtcInput } from '@/app/_components/utc';
import { workspaceAction } from '@/lib/actions/workspace-action';
import { metricSnapshotSchema } from '@/lib/posts/metrics';
import { addMetricSnapshot, createPost, deletePost, postInputSchema, postUpdateSchema, updatePost } from '@/lib/posts/posts';

// Posts and their metric snapshots. Each action is its permission and one call into lib/.

const id = z.string().uuid('Not a valid id.');

/**
 * Form fields as lib's schemas expect them: the datetime-local `publishedAt` read as UTC,
 * blank fields left out (so defaults apply), and `metrics.*` fields (the optional first
 * snapshot) nested under `metrics`, whose errors then come back under the same names.
 */
function fromForm(fields: unknown) {
  if (!fields || typeof fields !== 'object') return fields;
  const out: Record<string, unknown> = {};
  const metrics: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === '') continue;
    if (key.startsWith('metrics.')) metrics[key.slice('metrics.'.length)] = value;
    else out[key] = key === 'publishedAt' ? asUtcInput(value) : value;
  }
  if (Object.keys(metrics).length > 0) out.metrics = metrics;
  return out;
}

export const createPostAction = workspaceAction('data:write', z.preprocess(fromForm, postInputSchema), async (input, { db, access }) => {
  const post = await createPost(db, access, input);
  redirect(`/w/${access.workspace.slug}/posts/${post.id}`);
});

export const updatePostAction = workspaceAction('data:write', z.preprocess(fromForm, postUpdateSchema.extend({ postId: id })), async ({ postId, ...input }, { db, access }) => {
  await updatePost(db, access, postId, input);
});

export const deletePostAction = workspaceAction('data:write', z.object({ postId: id }), async ({ postId }, { db, access }) => {
  await deletePost(db, access, postId);
  redirect(`/w/${access.workspace.slug}/posts`);
});

export const addSnapshotAction = workspaceAction('data:write', z.preprocess(fromForm, metricSnapshotSchema.extend({ postId: id })), async ({ postId, ...snapshot }, { db, access }) => {
  await addMetricSnapshot(db, access, postId, snapshot);
});
