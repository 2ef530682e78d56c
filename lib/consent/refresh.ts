import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { consentEvents, posts, profiles, regionRules, type RegionRule } from '@/db/schema';
import { exposureTimeline, type ExposureSpan } from './exposure';

export const loadRegionRules = (db: Db, workspaceId: string) => db.select().from(regionRules).where(eq(regionRules.workspaceId, workspaceId));

/**
 * Everything needed to compute one profile's exposure timeline. Pass the workspace's rules
 * when timelines of several profiles are computed at once, to read them once.
 */
export async function loadTimeline(db: Db, workspaceId: string, profileId: string, region: string, rulesLoaded?: RegionRule[]) {
  const [rules, events] = await Promise.all([
    rulesLoaded ?? loadRegionRules(db, workspaceId),
    db
      .select({ status: consentEvents.status, effectiveAt: consentEvents.effectiveAt })
      .from(consentEvents)
      .where(and(eq(consentEvents.workspaceId, workspaceId), eq(consentEvents.profileId, profileId)))
      .orderBy(asc(consentEvents.effectiveAt)),
  ]);
  return exposureTimeline(rules, events, region);
}

// Raw SQL parameters bypass drizzle's column mapping: pass times as ISO strings, which both
// drivers accept for timestamptz (postgres.js rejects Date objects there under drizzle).
const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;

const inSpan = (span: ExposureSpan): SQL =>
  sql`(${span.from ? sql`${posts.publishedAt} >= ${ts(span.from)}` : sql`true`} and ${span.to ? sql`${posts.publishedAt} < ${ts(span.to)}` : sql`true`})`;

/**
 * Rewrites the stored exposure of a profile's posts (or of every profile's) from its
 * timeline: one UPDATE per profile, whatever its number of posts, with the spans turned
 * into SQL conditions. Called whenever consent events, region rules or a profile's region
 * change (posts being written compute their own: lib/posts/posts.ts, lib/imports/persist.ts).
 */
export async function refreshExposure(db: Db, workspaceId: string, profileId?: string): Promise<void> {
  const targets = await db
    .select({ id: profiles.id, region: profiles.region })
    .from(profiles)
    .where(and(eq(profiles.workspaceId, workspaceId), profileId ? eq(profiles.id, profileId) : undefined));
  const now = new Date();
  const rules = await loadRegionRules(db, workspaceId);
  for (const profile of targets) {
    const spans = await loadTimeline(db, workspaceId, profile.id, profile.region, rules);
    const exposed = spans.filter((s) => s.state === 'exposed');
    const any = (list: ExposureSpan[]) => (list.length ? sql.join(list.map(inSpan), sql` or `) : sql`false`);
    const everExposed = exposed
      .filter((s) => !s.from || s.from <= now)
      .map((s) => (s.to ? sql`${posts.publishedAt} < ${ts(s.to)}` : sql`true`));
    const state = sql`case ${sql.join(spans.map((s) => sql`when ${inSpan(s)} then ${s.state}`), sql` `)} end`;
    const atPublication = sql`(${any(exposed)})`;
    const ever = sql`(${everExposed.length ? sql.join(everExposed, sql` or `) : sql`false`})`;
    await db
      .update(posts)
      .set({ exposedAtPublication: atPublication, everExposed: ever, exposureState: state })
      .where(
        and(
          eq(posts.workspaceId, workspaceId),
          eq(posts.profileId, profile.id),
          // Rewrite only the rows that change: a rewrite costs every index on the table.
          sql`(${posts.exposedAtPublication}, ${posts.everExposed}, ${posts.exposureState}) is distinct from (${atPublication}, ${ever}, ${state})`,
        ),
      );
  }
}
