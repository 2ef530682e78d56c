import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { apiTokens, users } from './auth';
import { createdAt, updatedAt } from './columns';
import { workspaceId } from './workspace-column';

// Profiles, their opt-in history, the region rules that decide exposure, posts, metrics
// and imports. Every table carries workspace_id, and every query filters on it.

/** The metrics a posts list can be sorted by through an index. */
export const SORTED_METRICS = ['latest_impressions', 'latest_members_reached', 'latest_reactions', 'latest_engagement_rate'] as const;

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });


export const profileKindEnum = pgEnum('profile_kind', ['member', 'company']);
export const consentStatusEnum = pgEnum('consent_status', ['on', 'off']);
export const recordedViaEnum = pgEnum('recorded_via', ['manual', 'api', 'import']);

export const profiles = pgTable(
  'profiles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    name: text('name').notNull(),
    kind: profileKindEnum('kind').notNull(),
    linkedinUrl: text('linkedin_url'),
    /** ISO 3166-1 alpha-2, upper case. */
    region: text('region').notNull(),
    memberUserId: uuid('member_user_id').references(() => users.id, { onDelete: 'set null' }),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('profiles_workspace_idx').on(t.workspaceId, t.name)],
);

/**
 * LinkedIn's published changes to the setting, as dated data (DESIGN.md "Effective training
 * exposure"). Each workspace has its own copy, seeded from region_rule_defaults, so that an
 * admin's correction changes only their workspace.
 */
const regionRuleColumns = () => ({
  id: uuid('id').primaryKey().defaultRandom(),
  effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
  /** ISO codes the rule covers; ['*'] covers every region. Per region and day the newest rule that covers it applies (a rule naming the region beats '*' on the same day). */
  regions: text('regions').array().notNull(),
  /** Exempt: no training on these members whatever the toggle says. */
  exempt: boolean('exempt').notNull(),
  /** The toggle's value for members who never touched it. */
  defaultOn: boolean('default_on').notNull(),
  label: text('label').notNull(),
  sourceTitle: text('source_title').notNull(),
  sourceUrl: text('source_url').notNull(),
  /** The start date is reported, not confirmed: the UI flags it. */
  startUnconfirmed: boolean('start_unconfirmed').notNull().default(false),
  createdAt: createdAt(),
});

export const regionRuleDefaults = pgTable('region_rule_defaults', regionRuleColumns());

export const regionRules = pgTable(
  'region_rules',
  { ...regionRuleColumns(), workspaceId: workspaceId(), updatedAt: updatedAt() },
  (t) => [index('region_rules_workspace_idx').on(t.workspaceId, t.effectiveFrom)],
);

export const consentEvents = pgTable(
  'consent_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    profileId: uuid('profile_id')
      .notNull()
      .references(() => profiles.id, { onDelete: 'cascade' }),
    status: consentStatusEnum('status').notNull(),
    effectiveAt: timestamp('effective_at', { withTimezone: true }).notNull(),
    note: text('note'),
    recordedVia: recordedViaEnum('recorded_via').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    recordedByToken: uuid('recorded_by_token').references(() => apiTokens.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('consent_events_profile_idx').on(t.workspaceId, t.profileId, t.effectiveAt)],
);

export const posts = pgTable(
  'posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    profileId: uuid('profile_id')
      .notNull()
      .references(() => profiles.id, { onDelete: 'cascade' }),
    /** LinkedIn's 19-digit activity id: the post's identity in the workspace. */
    activityId: text('activity_id').notNull(),
    url: text('url').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
    text: text('text'),
    mediaKind: text('media_kind'),
    visibility: text('visibility'),
    sharedUrl: text('shared_url'),
    // Derived from the opt-in timeline and region rules (lib/consent), refreshed whenever
    // either changes, so lists can filter and count on them with an index.
    exposedAtPublication: boolean('exposed_at_publication').notNull().default(false),
    everExposed: boolean('ever_exposed').notNull().default(false),
    // 'exposed' | 'opted_out' | 'exempt' | 'no_setting' at publication (lib/consent/exposure.ts).
    exposureState: text('exposure_state'),
    // The newest snapshot's numbers, kept on the post so a list of 100,000 posts can be
    // sorted by any metric through an index instead of a join and a sort.
    latestCapturedOn: date('latest_captured_on', { mode: 'string' }),
    latestImpressions: bigint('latest_impressions', { mode: 'number' }),
    latestMembersReached: bigint('latest_members_reached', { mode: 'number' }),
    latestReactions: bigint('latest_reactions', { mode: 'number' }),
    latestComments: bigint('latest_comments', { mode: 'number' }),
    latestReposts: bigint('latest_reposts', { mode: 'number' }),
    latestClicks: bigint('latest_clicks', { mode: 'number' }),
    latestEngagementRate: sqlDouble('latest_engagement_rate'),
    // What the privacy scanner (lib/privacy) found in the text: the weighted score, the findings
    // (kind, span, weight) for the post page, and the scanner version that found them, so a
    // better scanner re-scans old posts in the background.
    privacyScore: sqlDouble('privacy_score'),
    privacyFindings: jsonb('privacy_findings').$type<PrivacyFindingRow[]>(),
    privacyScannedVersion: integer('privacy_scanned_version').notNull().default(0),
    search: tsvector('search').generatedAlwaysAs(sql`to_tsvector('simple', coalesce(text, '') || ' ' || coalesce(shared_url, ''))`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('posts_activity_idx').on(t.workspaceId, t.activityId),
    // Keyset pagination orders by (key desc, id desc) or the exact reverse (lib/posts/list.ts).
    // Written as plain SQL: drizzle's .desc() adds NULLS LAST, and an index whose null order
    // differs from the query's cannot serve its ORDER BY.
    index('posts_published_idx').on(t.workspaceId, sql`${t.publishedAt} desc`, sql`${t.id} desc`),
    index('posts_profile_published_idx').on(t.workspaceId, t.profileId, sql`${t.publishedAt} desc`, sql`${t.id} desc`),
    ...SORTED_METRICS.map((column) => index(`posts_${column}_idx`).on(t.workspaceId, sql`coalesce(${sql.identifier(column)}, -1) desc`, sql`${t.id} desc`)),
    index('posts_search_idx').using('gin', t.search),
    index('posts_privacy_scan_idx').on(t.privacyScannedVersion),
  ],
);

export interface PrivacyFindingRow {
  kind: string;
  start: number;
  end: number;
  weight: number;
}

/** Dated notes shown on every time chart: a campaign, a viral post, an algorithm change. */
export const annotations = pgTable(
  'annotations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    /** Null: about the whole workspace. */
    profileId: uuid('profile_id').references(() => profiles.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
    label: text('label').notNull(),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('annotations_workspace_day_idx').on(t.workspaceId, t.day)],
);

export type Annotation = typeof annotations.$inferSelect;

function sqlDouble(name: string) {
  return customType<{ data: number; driverData: string | number }>({
    dataType: () => 'double precision',
    fromDriver: (v) => Number(v),
  })(name);
}

const count = (name: string) => bigint(name, { mode: 'number' });

export const postMetrics = pgTable(
  'post_metrics',
  {
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    workspaceId: workspaceId(),
    capturedOn: date('captured_on', { mode: 'string' }).notNull(),
    impressions: count('impressions'),
    membersReached: count('members_reached'),
    reactions: count('reactions'),
    comments: count('comments'),
    reposts: count('reposts'),
    clicks: count('clicks'),
    saves: count('saves'),
    /** All interactions together, when a source gives only the sum (creator analytics top posts). */
    engagements: count('engagements'),
    importId: uuid('import_id'),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.capturedOn] }), index('post_metrics_workspace_idx').on(t.workspaceId, t.capturedOn)],
);

export const followerCounts = pgTable(
  'follower_counts',
  {
    profileId: uuid('profile_id')
      .notNull()
      .references(() => profiles.id, { onDelete: 'cascade' }),
    workspaceId: workspaceId(),
    day: date('day', { mode: 'string' }).notNull(),
    total: count('total'),
    newFollowers: count('new_followers'),
  },
  (t) => [primaryKey({ columns: [t.profileId, t.day] })],
);

/** A profile's whole-account reach per day (creator analytics ENGAGEMENT, company Metrics). */
export const profileDailyReach = pgTable(
  'profile_daily_reach',
  {
    profileId: uuid('profile_id')
      .notNull()
      .references(() => profiles.id, { onDelete: 'cascade' }),
    workspaceId: workspaceId(),
    day: date('day', { mode: 'string' }).notNull(),
    impressions: count('impressions'),
    engagements: count('engagements'),
    membersReached: count('members_reached'),
  },
  (t) => [primaryKey({ columns: [t.profileId, t.day] })],
);

export const importStatusEnum = pgEnum('import_status', ['running', 'succeeded', 'failed']);
/** Posts files (metrics, opt-in events) or answers files (ChatGPT export, answers template). */
export const importKindEnum = pgEnum('import_kind', ['posts', 'answers']);

export interface ImportProblem {
  file?: string;
  sheet?: string;
  row?: number;
  column?: string;
  message: string;
}

export const imports = pgTable(
  'imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    kind: importKindEnum('kind').notNull().default('posts'),
    profileId: uuid('profile_id').references(() => profiles.id, { onDelete: 'set null' }),
    format: text('format'),
    fileName: text('file_name').notNull(),
    checksum: text('checksum').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    status: importStatusEnum('status').notNull().default('running'),
    rowsRead: integer('rows_read').notNull().default(0),
    added: integer('added').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    skipped: integer('skipped').notNull().default(0),
    rejected: integer('rejected').notNull().default(0),
    errors: jsonb('errors').$type<ImportProblem[]>().notNull().default(sql`'[]'::jsonb`),
    notices: jsonb('notices').$type<ImportProblem[]>().notNull().default(sql`'[]'::jsonb`),
    message: text('message'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdByToken: uuid('created_by_token').references(() => apiTokens.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('imports_workspace_idx').on(t.workspaceId, t.createdAt.desc())],
);

export type Profile = typeof profiles.$inferSelect;
export type RegionRule = typeof regionRules.$inferSelect;
export type ConsentEvent = typeof consentEvents.$inferSelect;
export type Post = typeof posts.$inferSelect;
export type PostMetric = typeof postMetrics.$inferSelect;
export type Import = typeof imports.$inferSelect;

/**
 * Per profile and UTC day of publication, the sums the dashboard reads (lib/dashboard): kept
 * by statement-level triggers on posts (drizzle/0008), so every write path (forms, API,
 * imports, metric refreshes, exposure refreshes, privacy scans) keeps it exact, in the same
 * transaction, with one recomputation of the touched days per statement.
 */
export const postDayTotals = pgTable(
  'post_day_totals',
  {
    workspaceId: workspaceId(),
    profileId: uuid('profile_id')
      .notNull()
      .references(() => profiles.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
    posts: integer('posts').notNull(),
    impressions: sqlDouble('impressions').notNull(),
    membersReached: sqlDouble('members_reached').notNull(),
    engagement: sqlDouble('engagement').notNull(),
    engagedImpressions: sqlDouble('engaged_impressions').notNull(),
    privacyExposure: sqlDouble('privacy_exposure').notNull(),
    everExposedPosts: integer('ever_exposed_posts').notNull(),
  },
  (t) => [primaryKey({ columns: [t.profileId, t.day] }), index('post_day_totals_workspace_idx').on(t.workspaceId, t.day)],
);
