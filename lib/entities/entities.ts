import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { entities, entityAliases, type Entity } from '@/db/schema';
import type { Access } from '@/lib/auth/access';
import { isUuid } from '@/lib/auth/access';
import { bumpEntitiesVersion } from '@/lib/answers/scan';
import { notFound } from '@/lib/errors';
import { jobs } from '@/lib/jobs';

// Names to look for in AI answers (DESIGN.md "entity"): the profile itself, the brand,
// products, people, competitors, each with aliases. `caseSensitive` on the entity is the
// default for its aliases; an alias may set its own. Every change bumps the workspace's
// entities version in the same transaction and asks for a background re-scan of its answers
// (lib/answers/scan.ts); archived entities are no longer looked for.

export const ENTITY_KINDS = ['person', 'brand', 'product', 'organization'] as const;

const aliasSchema = z.union([
  z.string().trim().min(1, 'An alias cannot be empty.').max(200).transform((text) => ({ text, caseSensitive: undefined as boolean | undefined })),
  z.object({ text: z.string().trim().min(1, 'An alias cannot be empty.').max(200), caseSensitive: z.boolean().optional() }),
]);

export const entityInputSchema = z.object({
  name: z.string().trim().min(1, 'Name the entity.').max(200, 'At most 200 characters.'),
  kind: z.enum(ENTITY_KINDS, { message: `Choose one of: ${ENTITY_KINDS.join(', ')}.` }),
  isUs: z.boolean().default(true),
  caseSensitive: z.boolean().default(false),
  aliases: z.array(aliasSchema).max(100, 'At most 100 aliases.').default([]),
});

// In JavaScript, not SQL: the two databases may collate differently.
const byText = (a: { text: string }, b: { text: string }) => a.text.localeCompare(b.text, 'en');

export type EntityInput = z.input<typeof entityInputSchema>;
export type EntityWithAliases = Entity & { aliases: { text: string; caseSensitive: boolean }[] };

/** The aliases to store: each with its own case rule, duplicates (ignoring case) and the name itself dropped. */
function aliasRows(data: z.output<typeof entityInputSchema>) {
  const seen = new Set([data.name.toLowerCase()]);
  const rows: { text: string; caseSensitive: boolean }[] = [];
  for (const alias of data.aliases) {
    const key = alias.text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push({ text: alias.text, caseSensitive: alias.caseSensitive ?? data.caseSensitive });
  }
  return rows.sort(byText);
}

export async function createEntity(db: Db, access: Access, input: EntityInput): Promise<EntityWithAliases> {
  const data = entityInputSchema.parse(input);
  const workspaceId = access.workspace.id;
  const created = await db.transaction(async (tx) => {
    await bumpEntitiesVersion(tx, workspaceId);
    const [entity] = await tx
      .insert(entities)
      .values({ workspaceId, name: data.name, kind: data.kind, isUs: data.isUs, caseSensitive: data.caseSensitive })
      .returning();
    const aliases = aliasRows(data);
    if (aliases.length) await tx.insert(entityAliases).values(aliases.map((a) => ({ ...a, workspaceId, entityId: entity!.id })));
    return { ...entity!, aliases };
  });
  await jobs().rescanNeeded(workspaceId);
  return created;
}

export async function updateEntity(db: Db, access: Access, id: string, input: EntityInput): Promise<EntityWithAliases> {
  const data = entityInputSchema.parse(input);
  const workspaceId = access.workspace.id;
  await getEntity(db, workspaceId, id);
  const updated = await db.transaction(async (tx) => {
    await bumpEntitiesVersion(tx, workspaceId);
    const [entity] = await tx
      .update(entities)
      .set({ name: data.name, kind: data.kind, isUs: data.isUs, caseSensitive: data.caseSensitive })
      .where(and(eq(entities.workspaceId, workspaceId), eq(entities.id, id)))
      .returning();
    await tx.delete(entityAliases).where(and(eq(entityAliases.workspaceId, workspaceId), eq(entityAliases.entityId, id)));
    const aliases = aliasRows(data);
    if (aliases.length) await tx.insert(entityAliases).values(aliases.map((a) => ({ ...a, workspaceId, entityId: id })));
    return { ...entity!, aliases };
  });
  await jobs().rescanNeeded(workspaceId);
  return updated;
}

export async function setEntityArchived(db: Db, access: Access, id: string, archived: boolean): Promise<void> {
  await getEntity(db, access.workspace.id, id);
  await db.transaction(async (tx) => {
    await bumpEntitiesVersion(tx, access.workspace.id);
    await tx
      .update(entities)
      .set({ archivedAt: archived ? new Date() : null })
      .where(and(eq(entities.workspaceId, access.workspace.id), eq(entities.id, id)));
  });
  await jobs().rescanNeeded(access.workspace.id);
}

export async function getEntity(db: Db, workspaceId: string, id: string): Promise<EntityWithAliases> {
  if (!isUuid(id)) throw notFound('Entity not found.');
  const [entity] = await db.select().from(entities).where(and(eq(entities.workspaceId, workspaceId), eq(entities.id, id)));
  if (!entity) throw notFound('Entity not found.');
  return (await withAliases(db, workspaceId, [entity]))[0]!;
}

export async function listEntities(db: Db, workspaceId: string, opts: { includeArchived?: boolean } = {}): Promise<EntityWithAliases[]> {
  const rows = await db
    .select()
    .from(entities)
    .where(and(eq(entities.workspaceId, workspaceId), opts.includeArchived ? undefined : isNull(entities.archivedAt)))
    .orderBy(asc(entities.name));
  return withAliases(db, workspaceId, rows);
}

async function withAliases(db: Db, workspaceId: string, rows: Entity[]): Promise<EntityWithAliases[]> {
  if (rows.length === 0) return [];
  const aliases = await db
    .select({ entityId: entityAliases.entityId, text: entityAliases.text, caseSensitive: entityAliases.caseSensitive })
    .from(entityAliases)
    .where(and(eq(entityAliases.workspaceId, workspaceId), inArray(entityAliases.entityId, rows.map((r) => r.id))));
  return rows.map((entity) => ({
    ...entity,
    aliases: aliases
      .filter((a) => a.entityId === entity.id)
      .map(({ text, caseSensitive }) => ({ text, caseSensitive }))
      .sort(byText),
  }));
}
