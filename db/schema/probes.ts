import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgEnum, pgTable, primaryKey, real, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ANSWER_ENGINES } from '@/lib/answers/engines';
import { users } from './auth';
import { createdAt, updatedAt } from './columns';
import { workspaceId } from './workspace-column';

// Engines (configured AI providers), the prompts asked of them, and each probe run.
// Every table carries workspace_id, and every query filters on it.


export const answerEngineEnum = pgEnum('answer_engine', ANSWER_ENGINES);
/** The wire format: OpenAI-compatible Chat Completions, or Anthropic's Messages API. */
export const engineProtocolEnum = pgEnum('engine_protocol', ['openai', 'anthropic']);
export const promptScheduleEnum = pgEnum('prompt_schedule', ['manual', 'daily', 'weekly']);
export const probeRunStatusEnum = pgEnum('probe_run_status', ['queued', 'running', 'succeeded', 'failed', 'cancelled']);
export const probeTriggerEnum = pgEnum('probe_trigger', ['manual', 'schedule']);

export const engines = pgTable(
  'engines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    name: text('name').notNull(),
    /** The product its answers count as (ChatGPT, Perplexity…), whatever the API. */
    product: answerEngineEnum('product').notNull(),
    protocol: engineProtocolEnum('protocol').notNull(),
    baseUrl: text('base_url').notNull(),
    model: text('model').notNull(),
    /** AES-256-GCM under a key derived from the server secret (lib/crypto/secret-box.ts); never sent to a browser. */
    apiKeySealed: text('api_key_sealed'),
    /** "…abcd", to tell keys apart without revealing them. */
    apiKeyHint: text('api_key_hint'),
    systemPrompt: text('system_prompt'),
    temperature: real('temperature'),
    maxTokens: integer('max_tokens'),
    /** Runs of this engine at once, across all app servers. */
    concurrency: integer('concurrency').notNull().default(2),
    timeoutSeconds: integer('timeout_seconds').notNull().default(60),
    maxAttempts: integer('max_attempts').notNull().default(3),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('engines_workspace_idx').on(t.workspaceId, t.name)],
);

export const trackedPrompts = pgTable(
  'tracked_prompts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    text: text('text').notNull(),
    schedule: promptScheduleEnum('schedule').notNull().default('manual'),
    /** When the scheduler asks it next; null for manual prompts and archived ones. */
    nextRunAt: timestamp('next_run_at', { withTimezone: true }),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('tracked_prompts_workspace_idx').on(t.workspaceId, t.createdAt), index('tracked_prompts_due_idx').on(t.nextRunAt)],
);

/** Which engines a prompt is asked of. */
export const promptEngines = pgTable(
  'prompt_engines',
  {
    workspaceId: workspaceId(),
    promptId: uuid('prompt_id')
      .notNull()
      .references(() => trackedPrompts.id, { onDelete: 'cascade' }),
    engineId: uuid('engine_id')
      .notNull()
      .references(() => engines.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.promptId, t.engineId] }), index('prompt_engines_engine_idx').on(t.engineId)],
);

export interface ProbeAttempt {
  attempt: number;
  status: number | null;
  error: string | null;
  ms: number;
}

export const probeRuns = pgTable(
  'probe_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    promptId: uuid('prompt_id')
      .notNull()
      .references(() => trackedPrompts.id, { onDelete: 'cascade' }),
    engineId: uuid('engine_id')
      .notNull()
      .references(() => engines.id, { onDelete: 'cascade' }),
    trigger: probeTriggerEnum('trigger').notNull(),
    /** The schedule slot (or the request time): one run per prompt, engine and slot, however many servers tick. */
    scheduledFor: timestamp('scheduled_for', { withTimezone: true }).notNull(),
    status: probeRunStatusEnum('status').notNull().default('queued'),
    attempts: jsonb('attempts').$type<ProbeAttempt[]>().notNull().default(sql`'[]'::jsonb`),
    errorKind: text('error_kind'),
    error: text('error'),
    httpStatus: integer('http_status'),
    inputTokens: integer('input_tokens'),
    outputTokens: integer('output_tokens'),
    latencyMs: integer('latency_ms'),
    /** The answer it recorded (kept when the run row is). */
    answerId: uuid('answer_id'),
    /** A running run whose lease has passed belongs to a server that died: it is queued again. */
    leaseExpiresAt: timestamp('lease_expires_at', { withTimezone: true }),
    requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('probe_runs_slot_idx').on(t.promptId, t.engineId, t.scheduledFor),
    index('probe_runs_workspace_idx').on(t.workspaceId, t.createdAt.desc()),
    index('probe_runs_engine_status_idx').on(t.engineId, t.status),
    index('probe_runs_status_idx').on(t.status, t.createdAt),
  ],
);

export type Engine = typeof engines.$inferSelect;
export type TrackedPrompt = typeof trackedPrompts.$inferSelect;
export type ProbeRun = typeof probeRuns.$inferSelect;
