'use server';

import { z } from 'zod';
import { workspaceAction } from '@/lib/actions/workspace-action';
import { createPrompt, promptInputSchema, setPromptArchived, updatePrompt } from '@/lib/probes/prompts';
import { requestRuns } from '@/lib/probes/runs';

// Tracked prompts. Each action is its permission and one call into lib/.

const id = z.string().uuid('Not a valid id.');

/**
 * The form sends one checkbox per engine, `engine.<id>` = "on" (FormData read as an object
 * keeps one value per name, so a shared name would lose all but the last); they become
 * `engineIds`.
 */
function fromForm(fields: unknown) {
  if (!fields || typeof fields !== 'object') return fields;
  const out: Record<string, unknown> = { engineIds: [] };
  for (const [key, value] of Object.entries(fields)) {
    if (key.startsWith('engine.')) {
      if (value === 'on') (out.engineIds as string[]).push(key.slice('engine.'.length));
    } else out[key] = value;
  }
  return out;
}

const promptFields = z.preprocess(fromForm, promptInputSchema.extend({ promptId: z.union([z.literal(''), id]).optional() }));

export const savePromptAction = workspaceAction('data:write', promptFields, async ({ promptId, ...input }, { db, access }) => {
  const prompt = promptId ? await updatePrompt(db, access, promptId, input) : await createPrompt(db, access, input);
  return { id: prompt.id };
});

export const archivePromptAction = workspaceAction(
  'data:write',
  z.object({ promptId: id, archived: z.enum(['true', 'false']) }),
  async ({ promptId, archived }, { db, access }) => {
    await setPromptArchived(db, access, promptId, archived === 'true');
  },
);

export const askNowAction = workspaceAction('data:write', z.object({ promptId: id }), async ({ promptId }, { db, access }) => {
  const runIds = await requestRuns(db, access, promptId);
  return { queued: runIds.length };
});
