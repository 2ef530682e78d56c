'use server';

import { z } from 'zod';
import { workspaceAction } from '@/lib/actions/workspace-action';
import { createAnnotation, deleteAnnotation, updateAnnotation } from '@/lib/annotations';

// Dated notes on the workspace's timeline. Each action is its permission and one call into lib/.

const id = z.string().uuid('Not a valid id.');

// The form: profileId "" means the whole workspace; annotationId "" means a new note.
const annotationFields = z.object({
  annotationId: z.union([z.literal(''), id]).optional(),
  day: z.string(),
  label: z.string(),
  note: z.string().default(''),
  profileId: z.string().default(''),
});

export const saveAnnotationAction = workspaceAction('data:write', annotationFields, async ({ annotationId, ...input }, { db, access }) => {
  const annotation = annotationId ? await updateAnnotation(db, access, annotationId, input) : await createAnnotation(db, access, input);
  return { id: annotation.id, label: annotation.label };
});

export const deleteAnnotationAction = workspaceAction('data:write', z.object({ annotationId: id }), async ({ annotationId }, { db, access }) => {
  await deleteAnnotation(db, access, annotationId);
});
