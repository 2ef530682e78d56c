import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { rowsOf } from '@/db/results';
import { posts, type ImportProblem } from '@/db/schema';
import { postExposure, type ExposureSpan } from '@/lib/consent/exposure';
import { loadTimeline, refreshExposure } from '@/lib/consent/refresh';
import { getProfile } from '@/lib/profiles/profiles';
import { refreshLatestMetrics, upsertMetricSnapshots } from '@/lib/posts/metrics';
import { activityIdTime } from './linkedin-urls';
import type { ParsedConsent, ParsedDailyReach, ParsedFollowers, ParsedMetric, ParsedPost, ParsedRecord, SourceLocation } from './types';

// Writes parsed records into one workspace and profile, in batches, inside the caller's
// transaction. Upserts make it idempotent: the same file twice adds nothing, and a newer
// file's numbers overwrite older ones for the same post and day. Unchanged rows count as
// skipped.

export const BATCH_SIZE = 5000;
const MAX_STORED_PROBLEMS = 1000;

export interface ImportCounts {
  rowsRead: number;
  added: number;
  updated: number;
  skipped: number;
  rejected: number;
}

/** One item of a preview: the post's activity id or the answer's id in its file, its date, its text's start. */
export interface ImportSample {
  key: string;
  date: string | null;
  text: string | null;
}

export interface PersistResult extends ImportCounts {
  errors: ImportProblem[];
  notices: ImportProblem[];
  /** The first posts (or answers) of the file, for the preview. */
  sample: ImportSample[];
}

const problem = (at: SourceLocation, message: string): ImportProblem => ({ ...at, message });

export async function persistRecords(
  db: Db,
  target: { workspaceId: string; profileId: string; importId: string | null; recordedBy: { userId: string | null; tokenId: string | null } },
  records: AsyncIterable<ParsedRecord>,
  onProgress?: (counts: ImportCounts) => void,
): Promise<PersistResult> {
  const result: PersistResult = { rowsRead: 0, added: 0, updated: 0, skipped: 0, rejected: 0, errors: [], notices: [], sample: [] };
  const postIds = new Map<string, string>(); // activity id → post id, for this file's metrics
  const touched = new Set<string>();
  const elsewhere: string[] = []; // activity ids of posts that belong to another profile
  const empty = () => ({ posts: [] as ParsedPost[], metrics: [] as ParsedMetric[], followers: [] as ParsedFollowers[], daily: [] as ParsedDailyReach[], consent: [] as ParsedConsent[] });
  let pending = empty();
  const size = () => Object.values(pending).reduce((n, list) => n + list.length, 0);
  let consentAdded = 0;

  const reject = (at: SourceLocation, message: string) => {
    result.rejected++;
    if (result.errors.length < MAX_STORED_PROBLEMS) result.errors.push(problem(at, message));
  };
  const tally = (counts: { added: number; updated: number; skipped: number }) => {
    result.added += counts.added;
    result.updated += counts.updated;
    result.skipped += counts.skipped;
  };

  // Exposure is computed here, from the profile's timeline, as each post is written: one
  // pass over the posts instead of a second UPDATE of all of them after the import.
  const profile = await getProfile(db, target.workspaceId, target.profileId);
  const spans = await loadTimeline(db, target.workspaceId, profile.id, profile.region);

  let writing: Promise<void> = Promise.resolve();
  async function flush() {
    const batch = pending;
    pending = empty();
    if (batch.posts.length) tally(await upsertPosts(db, target, batch.posts, postIds, spans, elsewhere));
    if (batch.metrics.length) await writeMetrics(batch.metrics);
    if (batch.followers.length) tally(await upsertFollowers(db, target, batch.followers));
    if (batch.daily.length) tally(await upsertDaily(db, target, batch.daily));
    if (batch.consent.length) {
      const counts = await insertConsentEvents(db, target, batch.consent);
      consentAdded += counts.added;
      tally(counts);
    }
    onProgress?.({ ...result });
  }

  async function writeMetrics(metrics: ParsedMetric[]) {
    const unknown = [...new Set(metrics.map((m) => m.activityId).filter((id) => !postIds.has(id)))];
    for (let i = 0; i < unknown.length; i += BATCH_SIZE) {
      const found = await db
        .select({ id: posts.id, activityId: posts.activityId })
        .from(posts)
        .where(and(eq(posts.workspaceId, target.workspaceId), inArray(posts.activityId, unknown.slice(i, i + BATCH_SIZE))));
      for (const row of found) postIds.set(row.activityId, row.id);
    }
    const rows = [];
    // One snapshot per post and day: a file naming the same one twice keeps its last numbers.
    const byKey = new Map<string, ParsedMetric>();
    for (const metric of metrics) {
      if (!postIds.has(metric.activityId)) {
        reject(metric.at, `No post with LinkedIn id ${metric.activityId} in this workspace or file: its metrics were not imported.`);
        continue;
      }
      byKey.set(`${metric.activityId}|${metric.capturedOn}`, { ...byKey.get(`${metric.activityId}|${metric.capturedOn}`), ...metric });
    }
    for (const metric of byKey.values()) {
      const postId = postIds.get(metric.activityId)!;
      touched.add(postId);
      const { kind: _k, at: _a, activityId: _i, ...numbers } = metric;
      rows.push({ ...numbers, postId });
    }
    tally(await upsertMetricSnapshots(db, target.workspaceId, rows, target.importId));
  }

  // Rows read are source rows: one template row can give a post and its metrics.
  let lastRow = '';
  const countRow = (at: SourceLocation) => {
    const key = `${at.file}|${at.sheet ?? ''}|${at.row ?? ''}`;
    if (key !== lastRow || at.row === undefined) result.rowsRead++;
    lastRow = key;
  };
  for await (const record of records) {
    if (record.kind !== 'notice') countRow(record.at);
    switch (record.kind) {
      case 'notice':
        if (result.notices.length < MAX_STORED_PROBLEMS) result.notices.push(problem(record.at, record.message));
        continue;
      case 'error':
        reject(record.at, record.message);
        continue;
      case 'post':
        pending.posts.push(record);
        if (result.sample.length < 20) {
          result.sample.push({ key: record.activityId, date: record.publishedAt?.toISOString() ?? null, text: record.text?.slice(0, 200) ?? null });
        }
        break;
      case 'metric':
        pending.metrics.push(record);
        break;
      case 'followers':
        pending.followers.push(record);
        break;
      case 'daily':
        pending.daily.push(record);
        break;
      case 'consent':
        pending.consent.push(record);
        break;
    }
    if (size() >= BATCH_SIZE) {
      // Write this batch while the parser reads the next one; one write at a time, since
      // the transaction has one connection.
      await writing;
      writing = flush();
      // Marked handled now; the rejection still surfaces at the next await of `writing`.
      writing.catch(() => undefined);
    }
  }
  await writing;
  await flush();

  if (elsewhere.length) {
    result.notices.push({
      message: `${elsewhere.length} post(s) of this file already belong to another profile of the workspace and stay there (first: ${elsewhere[0]}); their metrics were updated.`,
    });
  }
  // New opt-in events change the profile's timeline: its posts' exposure follows.
  if (consentAdded) await refreshExposure(db, target.workspaceId, target.profileId);
  const ids = [...touched];
  for (let i = 0; i < ids.length; i += 5000) await refreshLatestMetrics(db, target.workspaceId, ids.slice(i, i + 5000));
  return result;
}

/** Keeps the last of several records with the same key (a batch may not upsert one row twice). */
function lastByKey<T>(items: T[], key: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [key(item), item])).values()];
}

async function upsertPosts(
  db: Db,
  target: { workspaceId: string; profileId: string },
  records: ParsedPost[],
  postIds: Map<string, string>,
  spans: ExposureSpan[],
  elsewhere: string[],
) {
  const rows = lastByKey(records, (r) => r.activityId).map((r) => {
    // A post without a date takes its id's time.
    const publishedAt = r.publishedAt ?? activityIdTime(r.activityId);
    const exposure = postExposure(spans, publishedAt);
    return {
      activity_id: r.activityId,
      url: r.url,
      published_at: publishedAt.toISOString(),
      text: r.text,
      media_kind: r.mediaKind,
      visibility: r.visibility,
      shared_url: r.sharedUrl,
      exposed_at_publication: exposure.exposedAtPublication,
      ever_exposed: exposure.everExposed,
      exposure_state: exposure.stateAtPublication,
    };
  });
  // One JSON parameter for the whole batch, unpacked by jsonb_to_recordset: building a
  // thousand-row VALUES list through the query builder cost more than the database's work.
  // A file that lacks a field (a top-posts list has no text) keeps what the post had; a publish
  // time within a minute of the stored one is the same moment from a less precise source (a
  // date-only file dates posts by their id). A post that already belongs to another profile
  // of the workspace is left where it is.
  const publishedAt = sql.raw(
    `case when abs(extract(epoch from excluded.published_at - posts.published_at)) > 60 then excluded.published_at else posts.published_at end`,
  );
  const written = rowsOf<{ id: string; activityId: string; inserted: boolean }>(
    await db.execute(sql`
      insert into posts (workspace_id, profile_id, activity_id, url, published_at, text, media_kind, visibility, shared_url,
                         exposed_at_publication, ever_exposed, exposure_state)
      select ${target.workspaceId}::uuid, ${target.profileId}::uuid, x.activity_id, x.url, x.published_at, x.text, x.media_kind,
             x.visibility, x.shared_url, x.exposed_at_publication, x.ever_exposed, x.exposure_state
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(activity_id text, url text, published_at timestamptz, text text,
           media_kind text, visibility text, shared_url text, exposed_at_publication boolean, ever_exposed boolean, exposure_state text)
      on conflict (workspace_id, activity_id) do update set
        text = coalesce(excluded.text, posts.text),
        -- A changed text is scanned for personal data again (lib/posts/privacy.ts).
        privacy_scanned_version = case when coalesce(excluded.text, posts.text) is distinct from posts.text then 0 else posts.privacy_scanned_version end,
        media_kind = coalesce(excluded.media_kind, posts.media_kind),
        visibility = coalesce(excluded.visibility, posts.visibility),
        shared_url = coalesce(excluded.shared_url, posts.shared_url),
        published_at = ${publishedAt},
        exposed_at_publication = excluded.exposed_at_publication,
        ever_exposed = excluded.ever_exposed,
        exposure_state = excluded.exposure_state,
        updated_at = now()
      where posts.profile_id = excluded.profile_id
        and (posts.text, posts.media_kind, posts.visibility, posts.shared_url, posts.published_at, posts.exposure_state, posts.ever_exposed)
        is distinct from (coalesce(excluded.text, posts.text), coalesce(excluded.media_kind, posts.media_kind),
                          coalesce(excluded.visibility, posts.visibility), coalesce(excluded.shared_url, posts.shared_url),
                          ${publishedAt}, excluded.exposure_state, excluded.ever_exposed)
      returning id, activity_id as "activityId", (xmax = 0) as inserted`),
  );
  for (const row of written) postIds.set(row.activityId, row.id);
  // Rows the WHERE left alone were identical: find their ids too, for the metrics after them.
  const missing = rows.map((r) => r.activity_id).filter((id) => !postIds.has(id));
  if (missing.length) {
    const found = await db
      .select({ id: posts.id, activityId: posts.activityId, profileId: posts.profileId })
      .from(posts)
      .where(and(eq(posts.workspaceId, target.workspaceId), inArray(posts.activityId, missing)));
    for (const row of found) postIds.set(row.activityId, row.id);
    elsewhere.push(...found.filter((row) => row.profileId !== target.profileId).map((row) => row.activityId));
  }
  const added = written.filter((r) => r.inserted).length;
  return { added, updated: written.length - added, skipped: rows.length - written.length };
}

/**
 * Upserts one row per profile and day into a per-day table (follower counts, daily reach):
 * a value the file does not give keeps the stored one, and unchanged rows count as skipped.
 */
async function upsertProfileDays(
  db: Db,
  table: 'follower_counts' | 'profile_daily_reach',
  columns: string[],
  target: { workspaceId: string; profileId: string },
  rows: ({ day: string } & Record<string, unknown>)[],
) {
  const unique = lastByKey(rows, (r) => r.day);
  const list = columns.join(', ');
  const keep = (c: string) => `coalesce(excluded.${c}, ${table}.${c})`;
  const written = rowsOf<{ inserted: boolean }>(
    await db.execute(sql`
      insert into ${sql.raw(table)} (profile_id, workspace_id, day, ${sql.raw(list)})
      select ${target.profileId}::uuid, ${target.workspaceId}::uuid, x.day, ${sql.raw(columns.map((c) => `x.${c}`).join(', '))}
      from jsonb_to_recordset(${JSON.stringify(unique)}::jsonb) as x(day date, ${sql.raw(columns.map((c) => `${c} bigint`).join(', '))})
      on conflict (profile_id, day) do update set ${sql.raw(columns.map((c) => `${c} = ${keep(c)}`).join(', '))}
      where (${sql.raw(columns.map((c) => `${table}.${c}`).join(', '))}) is distinct from (${sql.raw(columns.map(keep).join(', '))})
      returning (xmax = 0) as inserted`),
  );
  const added = written.filter((r) => r.inserted).length;
  return { added, updated: written.length - added, skipped: unique.length - written.length };
}

const upsertFollowers = (db: Db, target: { workspaceId: string; profileId: string }, records: ParsedFollowers[]) =>
  upsertProfileDays(db, 'follower_counts', ['total', 'new_followers'], target, records.map((r) => ({ day: r.day, total: r.total ?? null, new_followers: r.newFollowers ?? null })));

const upsertDaily = (db: Db, target: { workspaceId: string; profileId: string }, records: ParsedDailyReach[]) =>
  upsertProfileDays(
    db,
    'profile_daily_reach',
    ['impressions', 'engagements', 'members_reached'],
    target,
    records.map((r) => ({ day: r.day, impressions: r.impressions ?? null, engagements: r.engagements ?? null, members_reached: r.membersReached ?? null })),
  );

/** Adds the file's opt-in events; one already recorded (same status at the same moment) is skipped. */
async function insertConsentEvents(
  db: Db,
  target: { workspaceId: string; profileId: string; recordedBy: { userId: string | null; tokenId: string | null } },
  records: ParsedConsent[],
) {
  const rows = lastByKey(records, (r) => `${r.status}|${r.effectiveAt.toISOString()}`).map((r) => ({
    status: r.status,
    effective_at: r.effectiveAt.toISOString(),
    note: r.note,
  }));
  const written = rowsOf<{ id: string }>(
    await db.execute(sql`
      insert into consent_events (workspace_id, profile_id, status, effective_at, note, recorded_via, recorded_by, recorded_by_token)
      select ${target.workspaceId}::uuid, ${target.profileId}::uuid, x.status::consent_status, x.effective_at, x.note, 'import',
             ${target.recordedBy.userId}::uuid, ${target.recordedBy.tokenId}::uuid
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(status text, effective_at timestamptz, note text)
      where not exists (
        select 1 from consent_events e
        where e.workspace_id = ${target.workspaceId}::uuid and e.profile_id = ${target.profileId}::uuid
          and e.status = x.status::consent_status and e.effective_at = x.effective_at)
      returning id`),
  );
  return { added: written.length, updated: 0, skipped: rows.length - written.length };
}
