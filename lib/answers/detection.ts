import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { entities, entityAliases, posts, workspaces } from '@/db/schema';
import { buildMatcher, detectMentions, type DetectionResult, type Matcher } from '@/lib/mentions';

// The bridge between a workspace's stored names and the pure detector (lib/mentions): which
// entities are tracked now, the matcher built from them, and the citations that point to the
// workspace's own LinkedIn posts (a lookup of the cited ids, not a list of every post).

export interface DetectionContext {
  workspaceId: string;
  /** workspaces.entities_version the matcher was built from. */
  version: number;
  matcher: Matcher;
}

// Building a matcher for 1,000 aliases takes milliseconds, but an import or a re-scan asks for
// it once per batch: keep the newest per workspace. The version comes from the database on
// every call, so a stale matcher is never used, and two servers need not agree on anything.
const cache = new Map<string, DetectionContext>();
const CACHE_LIMIT = 200;

export async function currentEntitiesVersion(db: Db, workspaceId: string): Promise<number> {
  const [row] = await db.select({ version: workspaces.entitiesVersion }).from(workspaces).where(eq(workspaces.id, workspaceId));
  return row?.version ?? 0;
}

export async function loadDetectionContext(db: Db, workspaceId: string): Promise<DetectionContext> {
  // The version first: an entity change that commits after this read bumps it again, so
  // anything scanned with the entities read below is re-scanned, never missed.
  const version = await currentEntitiesVersion(db, workspaceId);
  const cached = cache.get(workspaceId);
  if (cached && cached.version === version) return cached;

  const [rows, aliases] = await Promise.all([
    db
      .select({ id: entities.id, name: entities.name, isUs: entities.isUs, caseSensitive: entities.caseSensitive })
      .from(entities)
      .where(and(eq(entities.workspaceId, workspaceId), isNull(entities.archivedAt))),
    db
      .select({ entityId: entityAliases.entityId, text: entityAliases.text, caseSensitive: entityAliases.caseSensitive })
      .from(entityAliases)
      .innerJoin(entities, eq(entities.id, entityAliases.entityId))
      .where(and(eq(entityAliases.workspaceId, workspaceId), isNull(entities.archivedAt))),
  ]);
  const matcher = buildMatcher(
    rows.map((entity) => ({
      ...entity,
      aliases: aliases.filter((a) => a.entityId === entity.id).map(({ text, caseSensitive }) => ({ text, caseSensitive })),
    })),
  );
  const context = { workspaceId, version, matcher };
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(workspaceId, context);
  return context;
}

export interface AnswerText {
  answer: string;
  citations: readonly string[];
}

/**
 * Detects mentions in a batch of answers and marks the citations that name one of the
 * workspace's LinkedIn posts as ours (one query for the whole batch).
 */
export async function detectInAnswers(db: Db, context: DetectionContext, batch: readonly AnswerText[]): Promise<DetectionResult[]> {
  const results = batch.map((item) => detectMentions(context.matcher, item.answer, item.citations));
  const cited = [...new Set(results.flatMap((r) => r.citations.map((c) => c.linkedinPostId).filter((id): id is string => id !== null)))];
  if (cited.length === 0) return results;
  const ours = new Set(
    (
      await db
        .select({ activityId: posts.activityId })
        .from(posts)
        .where(and(eq(posts.workspaceId, context.workspaceId), inArray(posts.activityId, cited)))
    ).map((row) => row.activityId),
  );
  for (const result of results) {
    for (const citation of result.citations) {
      if (citation.linkedinPostId !== null && ours.has(citation.linkedinPostId)) citation.ours = true;
    }
  }
  return results;
}
