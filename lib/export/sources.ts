import { and, asc, eq, getTableColumns, gt, sql, type SQL } from 'drizzle-orm';
import { getTableConfig, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '@/db/client';
import {
  annotations,
  answerCitations,
  answerEntities,
  answers,
  auditEvents,
  consentEvents,
  engines,
  entities,
  entityAliases,
  followerCounts,
  imports,
  memberships,
  mentions,
  postMetrics,
  posts,
  probeRuns,
  profileDailyReach,
  profiles,
  promptEngines,
  regionRules,
  trackedPrompts,
  users,
} from '@/db/schema';

// What a workspace export holds: one CSV per table, its columns read from the drizzle table
// definitions (so a new column is exported and documented without anyone touching this file)
// minus the few that must never leave the server. Rows come in keyset pages ordered by the
// table's primary key, so memory stays flat whatever the table's size, with no server-side
// cursor (PGlite has none) and no transaction held open while a slow client downloads.

type Row = Record<string, unknown>;

export interface ExportSource {
  /** The file is `<name>.csv`. */
  name: string;
  /** One line for the README: what the table is. */
  about: string;
  /** CSV header → column, in the table's order. */
  columns: Record<string, PgColumn>;
  /** Headers of a unique ordering (the primary key): the keyset the pages walk. */
  key: string[];
  /** Rows per query: smaller for tables with long texts (answers reach 200,000 characters). */
  batchSize: number;
  page(db: Db, workspaceId: string, after: unknown[] | undefined, limit: number): Promise<Row[]>;
}

/** Why the columns left out are left out; the README says so. */
export const OMITTED_COLUMNS: { table: string; column: string; reason: string }[] = [
  { table: 'posts', column: 'search', reason: 'it is only a full-text search index computed from text and shared_url' },
  { table: 'engines', column: 'api_key_sealed', reason: 'it holds the encrypted API key, and a key never leaves the server (api_key_hint tells keys apart; enter the keys again after a restore)' },
];

/** Tables with a workspace_id that are deliberately not exported as such, and why. */
export const NOT_EXPORTED: Record<string, string> = {
  memberships: 'exported as members.csv, joined with the members’ email and name',
  invitations: 'pending invitations are links with secret tokens',
  api_tokens: 'API tokens are secrets; create new ones',
  post_day_totals: 'sums of posts.csv per profile and day, kept for the dashboard',
  answer_day_totals: 'sums of answers.csv per day and engine, kept for the dashboard',
};

/** (a, b) > (x, y): the rows after the last one of the previous page. */
function after(columns: PgColumn[], values: unknown[]): SQL | undefined {
  if (columns.length === 1) return gt(columns[0]!, values[0]);
  // Each value cast to its column's type: the drivers send untyped parameters in a row comparison.
  const params = columns.map((c, i) => sql`cast(${sql.param(values[i], c)} as ${sql.raw(c.getSQLType())})`);
  return sql`(${sql.join(columns, sql`, `)}) > (${sql.join(params, sql`, `)})`;
}

function tableSource(table: PgTable, about: string, opts: { omit?: string[]; batchSize?: number } = {}): ExportSource {
  const config = getTableConfig(table);
  const all = Object.values(getTableColumns(table)) as PgColumn[];
  const omitted = new Set(opts.omit ?? []);
  for (const name of omitted) if (!OMITTED_COLUMNS.some((o) => o.table === config.name && o.column === name)) throw new Error(`Say why ${config.name}.${name} is left out.`);
  const columns = Object.fromEntries(all.filter((c) => !omitted.has(c.name)).map((c) => [c.name, c]));
  // A composite key's columns come back as stand-ins from the table's extra config: use the table's own.
  const compositeKey = config.primaryKeys[0]?.columns.map((k) => all.find((c) => c.name === k.name)!);
  const keyColumns = compositeKey ?? all.filter((c) => c.primary);
  const workspaceId = all.find((c) => c.name === 'workspace_id');
  if (!workspaceId || keyColumns.length === 0) throw new Error(`${config.name} needs a workspace_id and a primary key to be exported.`);
  return {
    name: config.name,
    about,
    columns,
    key: keyColumns.map((c) => c.name),
    batchSize: opts.batchSize ?? 5000,
    page: (db, id, last, limit) =>
      db
        .select(columns)
        .from(table)
        .where(and(eq(workspaceId, id), last && after(keyColumns, last)))
        .orderBy(...keyColumns.map((c) => asc(c)))
        .limit(limit) as Promise<Row[]>,
  };
}

/** Members with what identifies them, and nothing that signs anyone in. */
const memberColumns = { user_id: memberships.userId, email: users.email, name: users.name, role: memberships.role, joined_at: memberships.createdAt };

const membersSource: ExportSource = {
  name: 'members',
  about: 'The workspace’s members: email, name and role. No password hashes, sign-in identities or tokens.',
  columns: memberColumns,
  key: ['user_id'],
  batchSize: 5000,
  page: (db, id, last, limit) =>
    db
      .select(memberColumns)
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.workspaceId, id), last && gt(memberships.userId, last[0] as string)))
      .orderBy(asc(memberships.userId))
      .limit(limit),
};

export const EXPORT_SOURCES: ExportSource[] = [
  tableSource(profiles, 'Tracked LinkedIn presences: member profiles and company pages, with their region.'),
  tableSource(consentEvents, 'The opt-in history: each change of a profile’s generative-AI training setting (on/off) and when it took effect.'),
  tableSource(posts, 'LinkedIn posts of the profiles, with their latest metrics, their stored training exposure and privacy findings.', { omit: ['search'], batchSize: 2000 }),
  tableSource(postMetrics, 'Metric snapshots: a post’s impressions, reach and interactions on the day they were captured.'),
  tableSource(followerCounts, 'A profile’s follower count per day.'),
  tableSource(profileDailyReach, 'A profile’s whole-account impressions, engagements and members reached per day.'),
  tableSource(regionRules, 'The dated rules deciding where LinkedIn trains on members’ data (this workspace’s copy, with sources).'),
  tableSource(entities, 'Names looked for in AI answers: your people, brand and products, and competitors.'),
  tableSource(entityAliases, 'Other names of each entity, with whether they match only as written.'),
  tableSource(trackedPrompts, 'Questions asked of AI engines, by hand or on a schedule.'),
  tableSource(promptEngines, 'Which engines each tracked prompt is asked of.'),
  tableSource(engines, 'Configured AI providers and models. The sealed API key is not exported: a key never leaves the server.', { omit: ['api_key_sealed'] }),
  tableSource(probeRuns, 'Each asking of a tracked prompt of an engine: status, tries, tokens, latency, the answer it recorded.'),
  tableSource(answers, 'AI answers: engine, model, time, prompt, answer text, citations and where each came from.', { batchSize: 500 }),
  tableSource(answerEntities, 'Per answer and entity named in it: rank, visibility score, word share, sentiment, own citation.'),
  tableSource(mentions, 'Every mention of an entity in an answer: UTF-16 offsets into the answer, the alias matched, rank and scores.'),
  tableSource(answerCitations, 'The answers’ cited URLs as detection judged them: host, whether they point to you, which entities.'),
  tableSource(annotations, 'Dated notes shown as markers on the time charts, about the workspace or one profile.'),
  tableSource(imports, 'Uploaded files: format, checksum, row counts and per-row errors.'),
  tableSource(auditEvents, 'The audit log: who changed what in the workspace, and when.'),
  membersSource,
];
