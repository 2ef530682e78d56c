import { and, eq, getTableColumns, gte, lt, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { posts, profiles } from '@/db/schema';
import { isUuid } from '@/lib/auth/access';
import { badRequest } from '@/lib/errors';
import { blankToUndefined } from '@/lib/blank';

// The posts list: filters, full-text search and keyset pagination, so page 500 costs what
// page 1 costs at 100,000 posts. Sort keys with an index (db/schema/linkedin.ts) stay fast;
// the rest sort the filtered rows.

// Every column but the search vector, which is for the database's eyes only.
const { search: _search, ...postColumns } = getTableColumns(posts);
export { postColumns };

const SORTS = {
  published: posts.publishedAt,
  impressions: posts.latestImpressions,
  membersReached: posts.latestMembersReached,
  reactions: posts.latestReactions,
  comments: posts.latestComments,
  reposts: posts.latestReposts,
  engagementRate: posts.latestEngagementRate,
} as const;

export type PostSort = keyof typeof SORTS;
export const POST_SORTS = Object.keys(SORTS) as PostSort[];

export const postListQuerySchema = z.object({
  profile: z.preprocess(blankToUndefined, z.string().uuid('Not a profile id.').optional()),
  from: z.preprocess(blankToUndefined, z.coerce.date({ message: 'Use a date like 2026-01-31.' }).optional()),
  to: z.preprocess(blankToUndefined, z.coerce.date({ message: 'Use a date like 2026-01-31.' }).optional()),
  exposure: z.preprocess(blankToUndefined, z.enum(['exposed', 'not_exposed', 'ever_exposed']).optional()),
  q: z.preprocess(blankToUndefined, z.string().trim().max(200).optional()),
  sort: z.preprocess(blankToUndefined, z.enum(POST_SORTS as [PostSort, ...PostSort[]]).default('published')),
  dir: z.preprocess(blankToUndefined, z.enum(['asc', 'desc']).default('desc')),
  limit: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100).default(50)),
  cursor: z.preprocess(blankToUndefined, z.string().max(200).optional()),
});

export type PostListQuery = z.input<typeof postListQuerySchema>;

type Cursor = [value: string | number, id: string];

const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');
/** A cursor from this list with this sort, or a 400: never a value the database would choke on. */
function decodeCursor(cursor: string, sort: PostSort): Cursor {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && typeof value[1] === 'string' && isUuid(value[1])) {
      const [key] = value;
      const fits = sort === 'published' ? typeof key === 'string' && !Number.isNaN(Date.parse(key)) : typeof key === 'number' && Number.isFinite(key);
      if (fits) return value as Cursor;
    }
  } catch {
    // fall through
  }
  throw badRequest('The cursor is not valid for this list and sort: pass back the nextCursor of the previous page.');
}

export async function listPosts(db: Db, workspaceId: string, query: PostListQuery) {
  const q = postListQuerySchema.parse(query);
  const column = SORTS[q.sort];
  // Posts without a metric sort below every real value (-1), as the indexes do.
  const key: SQL = q.sort === 'published' ? sql`${column}` : sql`coalesce(${column}, -1)`;
  const direction = q.dir === 'asc' ? sql`asc` : sql`desc`;

  const filters: (SQL | undefined)[] = [
    eq(posts.workspaceId, workspaceId),
    q.profile ? eq(posts.profileId, q.profile) : undefined,
    q.from ? gte(posts.publishedAt, q.from) : undefined,
    q.to ? lt(posts.publishedAt, q.to) : undefined,
    q.exposure === 'exposed' ? eq(posts.exposedAtPublication, true) : undefined,
    q.exposure === 'not_exposed' ? eq(posts.exposedAtPublication, false) : undefined,
    q.exposure === 'ever_exposed' ? eq(posts.everExposed, true) : undefined,
    q.q ? sql`${posts.search} @@ websearch_to_tsquery('simple', ${q.q})` : undefined,
  ];
  if (q.cursor) {
    const [value, id] = decodeCursor(q.cursor, q.sort);
    const bound = q.sort === 'published' ? sql`${String(value)}::timestamptz` : sql`${Number(value)}`;
    filters.push(q.dir === 'asc' ? sql`(${key}, ${posts.id}) > (${bound}, ${id}::uuid)` : sql`(${key}, ${posts.id}) < (${bound}, ${id}::uuid)`);
  }

  const rows = await db
    .select({ post: postColumns, profileName: profiles.name, sortValue: sql<string | number>`${key}` })
    .from(posts)
    .innerJoin(profiles, eq(profiles.id, posts.profileId))
    .where(and(...filters))
    .orderBy(sql`${key} ${direction}`, sql`${posts.id} ${direction}`)
    .limit(q.limit + 1);

  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  const nextCursor =
    rows.length > q.limit && last
      ? encodeCursor([q.sort === 'published' ? last.post.publishedAt.toISOString() : Number(last.sortValue), last.post.id])
      : null;
  return { items: page.map(({ post, profileName }) => ({ ...post, profileName })), nextCursor };
}
