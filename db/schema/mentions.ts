import { sql } from 'drizzle-orm';
import { boolean, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { workspaces } from './auth';
import { createdAt, updatedAt } from './columns';

// Names to look for in AI answers. Every table carries workspace_id.

export const entityKindEnum = pgEnum('entity_kind', ['person', 'brand', 'product', 'organization']);

export const entities = pgTable(
  'entities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    kind: entityKindEnum('kind').notNull(),
    /** "Us" (the workspace's own people, brand, products) rather than a competitor. */
    isUs: boolean('is_us').notNull().default(true),
    /** The default for its aliases: names that are common words match only as written. */
    caseSensitive: boolean('case_sensitive').notNull().default(false),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('entities_workspace_idx').on(t.workspaceId, t.name)],
);

export const entityAliases = pgTable(
  'entity_aliases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    entityId: uuid('entity_id')
      .notNull()
      .references(() => entities.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    caseSensitive: boolean('case_sensitive').notNull(),
  },
  (t) => [uniqueIndex('entity_aliases_text_idx').on(t.entityId, sql`lower(${t.text})`), index('entity_aliases_workspace_idx').on(t.workspaceId)],
);

export type Entity = typeof entities.$inferSelect;
export type EntityAlias = typeof entityAliases.$inferSelect;
