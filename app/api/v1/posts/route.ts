import type { Post, postMetrics } from '@/db/schema';
import { readJsonObject } from '@/lib/api/body';
import { apiRoute } from '@/lib/api/route';
import { listPosts, postListQuerySchema } from '@/lib/posts/list';
import { METRIC_FIELDS, type MetricField } from '@/lib/posts/metrics';
import { createPost, getPost, type PostInput } from '@/lib/posts/posts';
import { getProfile } from '@/lib/profiles/profiles';

/**
 * A post as the API shows it: named fields only, so an internal column (the search
 * tsvector, the workspace) never leaks when the table grows. The newest snapshot's
 * numbers, kept on the post for sorting, come grouped as `latestMetrics`.
 */
function publicPost(post: Omit<Post, 'search'>, profileName: string) {
  return {
    id: post.id,
    profileId: post.profileId,
    profileName,
    activityId: post.activityId,
    url: post.url,
    publishedAt: post.publishedAt,
    text: post.text,
    mediaKind: post.mediaKind,
    visibility: post.visibility,
    sharedUrl: post.sharedUrl,
    exposedAtPublication: post.exposedAtPublication,
    everExposed: post.everExposed,
    exposureState: post.exposureState,
    latestMetrics:
      post.latestCapturedOn === null
        ? null
        : {
            capturedOn: post.latestCapturedOn,
            impressions: post.latestImpressions,
            membersReached: post.latestMembersReached,
            reactions: post.latestReactions,
            comments: post.latestComments,
            reposts: post.latestReposts,
            clicks: post.latestClicks,
            engagementRate: post.latestEngagementRate,
          },
    createdAt: post.createdAt,
    updatedAt: post.updatedAt,
  };
}

// Every metric the snapshots hold (METRIC_FIELDS), so a new one appears here and in the
// OpenAPI document together.
const publicSnapshot = (m: typeof postMetrics.$inferSelect) => ({
  capturedOn: m.capturedOn,
  ...(Object.fromEntries(METRIC_FIELDS.map((field) => [field, m[field]])) as Record<MetricField, number | null>),
  importId: m.importId,
});

export const GET = apiRoute('workspace:read', async ({ db, access, request }) => {
  const query = postListQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  // Another workspace's profile is "not found", not an empty list: ids leak nothing either way,
  // and a script with a wrong id hears about it.
  if (query.profile) await getProfile(db, access.workspace.id, query.profile);
  const { items, nextCursor } = await listPosts(db, access.workspace.id, query);
  return Response.json({ items: items.map(({ profileName, ...post }) => publicPost(post, profileName)), nextCursor });
});

export const POST = apiRoute('data:write', async ({ db, access, request }) => {
  const body = await readJsonObject(request);
  const created = await createPost(db, access, body as PostInput);
  const { post, profile, metrics } = await getPost(db, access.workspace.id, created.id);
  return Response.json({ ...publicPost(post, profile.name), metrics: metrics.map(publicSnapshot) }, { status: 201 });
});
