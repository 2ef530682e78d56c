'use server';

import { z } from 'zod';
import { workspaceAction } from '@/lib/actions/workspace-action';
import { checkEngine } from '@/lib/probes/check';
import { createEngine, engineInputSchema, setEngineArchived, updateEngine } from '@/lib/probes/engines';

// AI engines. Each action is its permission and one call into lib/. None returns the key:
// the forms get an id and a name back, the page shows the key's hint only.

const id = z.string().uuid('Not a valid id.');

// The form: blank engineId adds, a checkbox sends "on" or nothing.
const engineFields = engineInputSchema
  .extend({
    engineId: z.union([z.literal(''), id]).optional(),
    clearApiKey: z.literal('on').optional(),
  })
  .refine((f) => !(f.clearApiKey && f.apiKey), { path: ['apiKey'], message: 'Enter a new key or remove the stored one, not both.' });

export const saveEngineAction = workspaceAction('engines:manage', engineFields, async ({ engineId, clearApiKey, ...rest }, { db, access }) => {
  const input = { ...rest, clearApiKey: clearApiKey === 'on' };
  const engine = engineId ? await updateEngine(db, access, engineId, input) : await createEngine(db, access, input);
  return { id: engine.id, name: engine.name };
});

export const archiveEngineAction = workspaceAction(
  'engines:manage',
  z.object({ engineId: id, archived: z.enum(['true', 'false']) }),
  async ({ engineId, archived }, { db, access }) => {
    await setEngineArchived(db, access, engineId, archived === 'true');
  },
);

export const testEngineAction = workspaceAction('engines:manage', z.object({ engineId: id }), async ({ engineId }, { db, access }) =>
  checkEngine(db, access.workspace.id, engineId),
);
