'use server';

import { z } from 'zod';
import { workspaceAction } from '@/lib/actions/workspace-action';
import { createEntity, ENTITY_KINDS, setEntityArchived, updateEntity } from '@/lib/entities/entities';

// Names to look for in AI answers. Each action is its permission and one call into lib/.

const id = z.string().uuid('Not a valid id.');
const lines = (text: string) => text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

// The form: aliases one per line in two boxes, those that follow the entity's case rule and
// those matched only exactly as written; a checkbox sends "on" or nothing.
const entityFields = z.object({
  entityId: z.union([z.literal(''), id]).optional(),
  name: z.string(),
  kind: z.enum(ENTITY_KINDS, { message: 'Choose a kind.' }),
  side: z.enum(['us', 'competitor'], { message: 'Say whether this is you or a competitor.' }),
  caseSensitive: z.literal('on').optional(),
  aliases: z.string().default(''),
  exactAliases: z.string().default(''),
});

export const saveEntityAction = workspaceAction('data:write', entityFields, async ({ entityId, side, caseSensitive, aliases, exactAliases, ...rest }, { db, access }) => {
  const input = {
    ...rest,
    isUs: side === 'us',
    caseSensitive: caseSensitive === 'on',
    aliases: [...lines(aliases).map((text) => ({ text })), ...lines(exactAliases).map((text) => ({ text, caseSensitive: true }))],
  };
  const entity = entityId ? await updateEntity(db, access, entityId, input) : await createEntity(db, access, input);
  return { id: entity.id, name: entity.name };
});

export const archiveEntityAction = workspaceAction(
  'data:write',
  z.object({ entityId: id, archived: z.enum(['true', 'false']) }),
  async ({ entityId, archived }, { db, access }) => {
    await setEntityArchived(db, access, entityId, archived === 'true');
  },
);
