import { sql } from 'drizzle-orm';
import { boolean, date, doublePrecision, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { apiTokens, users } from './auth';
import { createdAt, updatedAt } from './columns';
import { workspaceId } from './workspace-column';
import { imports } from './linkedin';
import { answerEngineEnum, engines, probeRuns, trackedPrompts } from './probes';

// Names to look for in AI answers, the answers, and what detection found in them.
// Every table carries workspace_id.

export const entityKindEnum = pgEnum('entity_kind', ['person', 'brand', 'product', 'organization']);

export const entities = pgTable(
  'entities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
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
    workspaceId: workspaceId(),
    entityId: uuid('entity_id')
      .notNull()
      .references(() => entities.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    caseSensitive: boolean('case_sensitive').notNull(),
  },
  (t) => [uniqueIndex('entity_aliases_text_idx').on(t.entityId, sql`lower(${t.text})`), index('entity_aliases_workspace_idx').on(t.workspaceId)],
);

export const answerSourceEnum = pgEnum('answer_source', ['manual', 'api', 'import', 'probe']);

export const answers = pgTable(
  'answers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    engine: answerEngineEnum('engine').notNull(),
    model: text('model'),
    askedAt: timestamp('asked_at', { withTimezone: true }).notNull(),
    prompt: text('prompt').notNull(),
    answer: text('answer').notNull(),
    citations: jsonb('citations').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    source: answerSourceEnum('source').notNull(),
    promptId: uuid('prompt_id').references(() => trackedPrompts.id, { onDelete: 'set null' }),
    engineId: uuid('engine_id').references(() => engines.id, { onDelete: 'set null' }),
    probeRunId: uuid('probe_run_id').references(() => probeRuns.id, { onDelete: 'set null' }),
    importId: uuid('import_id').references(() => imports.id, { onDelete: 'set null' }),
    /** The source's own id (ChatGPT: conversation:message), so a re-import finds it. */
    externalId: text('external_id'),
    /** SHA-256 of engine, time, prompt and answer: the same answer recorded twice is one answer. */
    contentKey: text('content_key').notNull(),
    /** The workspace's entities_version this answer was last scanned with (lib/answers/scan.ts). */
    scannedVersion: integer('scanned_version').notNull().default(0),
    /** The GEO denominators: words and sentences of the answer. */
    wordCount: integer('word_count').notNull().default(0),
    sentenceCount: integer('sentence_count').notNull().default(0),
    // The answer's totals over the workspace's own names ("us" entities) and over all tracked
    // names, written with its detections: the dashboard aggregates these columns (an
    // index-only scan) instead of joining answer_entities for every answer of the range.
    usBestRank: integer('us_best_rank'),
    usMentions: integer('us_mentions').notNull().default(0),
    allMentions: integer('all_mentions').notNull().default(0),
    usVisibility: doublePrecision('us_visibility').notNull().default(0),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdByToken: uuid('created_by_token').references(() => apiTokens.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('answers_workspace_asked_idx').on(t.workspaceId, t.askedAt.desc(), t.id.desc()),
    index('answers_engine_idx').on(t.workspaceId, t.engine, t.askedAt),
    // Every column the dashboard's visibility queries read: they run as index-only scans.
    index('answers_visibility_idx').on(t.workspaceId, t.askedAt, t.engine, t.usBestRank, t.usMentions, t.allMentions, t.usVisibility),
    index('answers_prompt_idx').on(t.promptId),
    index('answers_scan_idx').on(t.workspaceId, t.scannedVersion),
    uniqueIndex('answers_content_idx').on(t.workspaceId, t.contentKey),
    uniqueIndex('answers_external_idx').on(t.workspaceId, t.externalId).where(sql`${t.externalId} is not null`),
  ],
);

/** Per answer and entity named in it: the scores the metrics aggregate. */
export const answerEntities = pgTable(
  'answer_entities',
  {
    workspaceId: workspaceId(),
    answerId: uuid('answer_id')
      .notNull()
      .references(() => answers.id, { onDelete: 'cascade' }),
    entityId: uuid('entity_id')
      .notNull()
      .references(() => entities.id, { onDelete: 'cascade' }),
    rank: integer('rank').notNull(),
    visibility: doublePrecision('visibility').notNull(),
    wordShare: doublePrecision('word_share').notNull(),
    sentiment: doublePrecision('sentiment').notNull(),
    mentionCount: integer('mention_count').notNull(),
    /** A citation of the answer points to this entity's domains. */
    ownCitation: boolean('own_citation').notNull(),
  },
  (t) => [primaryKey({ columns: [t.answerId, t.entityId] }), index('answer_entities_entity_idx').on(t.workspaceId, t.entityId)],
);

/** Every mention: where in the answer, which alias. */
export const mentions = pgTable(
  'mentions',
  {
    workspaceId: workspaceId(),
    answerId: uuid('answer_id')
      .notNull()
      .references(() => answers.id, { onDelete: 'cascade' }),
    entityId: uuid('entity_id')
      .notNull()
      .references(() => entities.id, { onDelete: 'cascade' }),
    alias: text('alias').notNull(),
    /** UTF-16 offsets into answers.answer, end exclusive. */
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    rank: integer('rank').notNull(),
    visibility: doublePrecision('visibility').notNull(),
    wordShare: doublePrecision('word_share').notNull(),
    sentiment: doublePrecision('sentiment').notNull(),
  },
  (t) => [primaryKey({ columns: [t.answerId, t.start] }), index('mentions_entity_idx').on(t.entityId)],
);

/** The answer's citations as detection judged them: whose host, whether ours. */
export const answerCitations = pgTable(
  'answer_citations',
  {
    workspaceId: workspaceId(),
    answerId: uuid('answer_id')
      .notNull()
      .references(() => answers.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    url: text('url').notNull(),
    host: text('host'),
    /** Points to an "us" entity's domain or one of the workspace's LinkedIn posts. */
    ours: boolean('ours').notNull(),
    entityIds: jsonb('entity_ids').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    linkedinPostId: text('linkedin_post_id'),
  },
  (t) => [primaryKey({ columns: [t.answerId, t.position] }), index('answer_citations_host_idx').on(t.workspaceId, t.host)],
);

export type Entity = typeof entities.$inferSelect;
export type EntityAlias = typeof entityAliases.$inferSelect;
export type Answer = typeof answers.$inferSelect;
export type AnswerEntity = typeof answerEntities.$inferSelect;
export type StoredMention = typeof mentions.$inferSelect;
export type AnswerCitation = typeof answerCitations.$inferSelect;

/**
 * Per workspace, UTC day and engine, the sums of answers' totals over our names
 * (answers.us_*): the dashboard's AI visibility reads these. Kept by statement-level triggers
 * on answers (drizzle/0008), like post_day_totals.
 */
export const answerDayTotals = pgTable(
  'answer_day_totals',
  {
    workspaceId: workspaceId(),
    day: date('day', { mode: 'string' }).notNull(),
    engine: answerEngineEnum('engine').notNull(),
    answers: integer('answers').notNull(),
    mentioning: integer('mentioning').notNull(),
    usMentions: integer('us_mentions').notNull(),
    allMentions: integer('all_mentions').notNull(),
    usVisibility: doublePrecision('us_visibility').notNull(),
    usRankSum: integer('us_rank_sum').notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.day, t.engine] })],
);
