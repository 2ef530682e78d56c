import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { isUniqueViolation } from '@/db/results';
import { posts, profiles } from '@/db/schema';
import type { Access } from '@/lib/auth/access';
import { isUuid } from '@/lib/auth/access';
import { postExposure } from '@/lib/consent/exposure';
import { loadTimeline } from '@/lib/consent/refresh';
import { badRequest, conflict, notFound } from '@/lib/errors';
import { activityIdTime, canonicalPostUrl, parsePostRef, type PostRef } from '@/lib/imports/linkedin-urls';
import { getProfile } from '@/lib/profiles/profiles';
import { postColumns } from './list';
import { hasAnyMetric, metricHistory, metricSnapshotSchema, refreshLatestMetrics, upsertMetricSnapshots } from './metrics';
import { PRIVACY_SCAN_VERSION, privacyOf } from './privacy';
import { blankToUndefined } from '@/lib/blank';

/** A post as the app hands it out: every column but the search vector. */
export type PostRow = Awaited<ReturnType<typeof getPost>>['post'];

export const MEDIA_KINDS = ['text', 'image', 'video', 'article', 'document', 'poll', 'repost', 'other'] as const;

export const postInputSchema = z.object({
  profileId: z.string().uuid('Choose the profile that published the post.'),
  url: z.string().trim().min(1, 'Paste the post’s LinkedIn URL or URN.').max(2000),
  publishedAt: z.preprocess(blankToUndefined, z.coerce.date({ message: 'Use a date and time.' }).optional()),
  text: z.preprocess(blankToUndefined, z.string().max(100_000, 'At most 100,000 characters.').optional()),
  mediaKind: z.preprocess(blankToUndefined, z.enum(MEDIA_KINDS).optional()),
  visibility: z.preprocess(blankToUndefined, z.string().trim().max(40).optional()),
  metrics: metricSnapshotSchema.optional(),
});

export type PostInput = z.input<typeof postInputSchema>;

/** LinkedIn's id from any of its URL forms; a clear field error when there is none. */
function parsePost(url: string): PostRef {
  const ref = parsePostRef(url);
  if (!ref) {
    throw badRequest('That is not a LinkedIn post URL or URN.', {
      fieldErrors: { url: ['Paste a post link such as https://www.linkedin.com/feed/update/urn:li:activity:7458194261025673216/ or the URN itself.'] },
    });
  }
  return ref;
}

/**
 * The columns a form or API request sets on a post: its identity from the URL, its text and
 * kind, and its exposure at `publishedAt` under the profile's timeline.
 */
async function postColumnsFor(
  db: Db,
  workspaceId: string,
  profile: { id: string; region: string; name: string },
  data: z.output<typeof postUpdateSchema>,
  ref: PostRef,
  publishedAt: Date,
) {
  const spans = await loadTimeline(db, workspaceId, profile.id, profile.region);
  const e = postExposure(spans, publishedAt);
  // One post's text scans in microseconds: done here, the post page shows its findings at once.
  const privacy = privacyOf(data.text ?? null, profile.name);
  return {
    profileId: profile.id,
    activityId: ref.id,
    // The URN kind (activity, share, ugcPost) is kept: LinkedIn opens a post only under its own.
    url: canonicalPostUrl(ref.id, ref.kind),
    publishedAt,
    text: data.text ?? null,
    mediaKind: data.mediaKind ?? null,
    visibility: data.visibility ?? null,
    exposedAtPublication: e.exposedAtPublication,
    everExposed: e.everExposed,
    exposureState: e.stateAtPublication,
    privacyScore: privacy.score,
    privacyFindings: privacy.findings,
    privacyScannedVersion: PRIVACY_SCAN_VERSION,
  };
}

export async function createPost(db: Db, access: Access, input: PostInput): Promise<PostRow> {
  const data = postInputSchema.parse(input);
  const workspaceId = access.workspace.id;
  const profile = await getProfile(db, workspaceId, data.profileId);
  const ref = parsePost(data.url);
  const activityId = ref.id;
  // The id encodes its creation time: the publish time when none is given.
  const publishedAt = data.publishedAt ?? activityIdTime(activityId);
  return db.transaction(async (tx) => {
    const [post] = await tx
      .insert(posts)
      .values({ workspaceId, ...(await postColumnsFor(tx, workspaceId, profile, data, ref, publishedAt)) })
      .onConflictDoNothing()
      .returning({ id: posts.id });
    if (!post) {
      const [existing] = await tx.select({ id: posts.id }).from(posts).where(and(eq(posts.workspaceId, workspaceId), eq(posts.activityId, activityId)));
      throw conflict(`This post is already in the workspace (id ${existing?.id}).`);
    }
    if (data.metrics && hasAnyMetric(data.metrics)) {
      await upsertMetricSnapshots(tx, workspaceId, [{ ...data.metrics, postId: post.id }]);
      await refreshLatestMetrics(tx, workspaceId, [post.id]);
    }
    return (await getPost(tx, workspaceId, post.id)).post;
  });
}

export const postUpdateSchema = postInputSchema.omit({ metrics: true });

export async function updatePost(db: Db, access: Access, id: string, input: z.input<typeof postUpdateSchema>): Promise<PostRow> {
  const data = postUpdateSchema.parse(input);
  const workspaceId = access.workspace.id;
  const { post: current } = await getPost(db, workspaceId, id);
  const profile = await getProfile(db, workspaceId, data.profileId);
  const ref = parsePost(data.url);
  const publishedAt = data.publishedAt ?? current.publishedAt;
  try {
    const [post] = await db
      .update(posts)
      .set(await postColumnsFor(db, workspaceId, profile, data, ref, publishedAt))
      .where(and(eq(posts.workspaceId, workspaceId), eq(posts.id, id)))
      .returning({ id: posts.id });
    return (await getPost(db, workspaceId, post!.id)).post;
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('Another post in this workspace has that LinkedIn id.');
    throw error;
  }
}

export async function deletePost(db: Db, access: Access, id: string): Promise<void> {
  await getPost(db, access.workspace.id, id);
  await db.delete(posts).where(and(eq(posts.workspaceId, access.workspace.id), eq(posts.id, id)));
}

export async function addMetricSnapshot(db: Db, access: Access, id: string, input: z.input<typeof metricSnapshotSchema>) {
  const snapshot = metricSnapshotSchema.parse(input);
  await getPost(db, access.workspace.id, id);
  await db.transaction(async (tx) => {
    await upsertMetricSnapshots(tx, access.workspace.id, [{ ...snapshot, postId: id }]);
    await refreshLatestMetrics(tx, access.workspace.id, [id]);
  });
}

/** A post with its profile and its metric history, oldest snapshot first. */
export async function getPost(db: Db, workspaceId: string, id: string) {
  if (!isUuid(id)) throw notFound('Post not found.');
  const [row] = await db
    .select({ post: postColumns, profile: profiles })
    .from(posts)
    .innerJoin(profiles, eq(profiles.id, posts.profileId))
    .where(and(eq(posts.workspaceId, workspaceId), eq(posts.id, id)));
  if (!row) throw notFound('Post not found.');
  return { ...row, metrics: await metricHistory(db, workspaceId, id) };
}
