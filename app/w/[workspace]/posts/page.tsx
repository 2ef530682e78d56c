import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb, type Db } from '@/db/client';
import { requirePageAccess } from '@/lib/auth/guards';
import { can } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { listPosts, postListQuerySchema } from '@/lib/posts/list';
import { listProfiles } from '@/lib/profiles/profiles';
import { ButtonLink, Card, EmptyState, PageHeader } from '@/app/_components/ui';
import { listQuery, readListParams, type ListKey, type ListParams } from './list-params';
import { PostFilters } from './post-filters';
import { PostsTable } from './posts-table';

export const metadata: Metadata = { title: 'Posts' };

const PAGE_SIZE = 50;

/** One page of posts; a filter or cursor the list refuses is dropped and said, not a crash. */
async function loadPage(db: Db, workspaceId: string, params: ListParams) {
  const notices: string[] = [];
  const used = { ...params };
  const check = postListQuerySchema.safeParse(used);
  if (!check.success) {
    for (const issue of check.error.issues) {
      const key = issue.path[0] as ListKey;
      notices.push(`Ignored “${key}”: ${issue.message}`);
      delete used[key];
    }
  }
  try {
    return { page: await listPosts(db, workspaceId, { ...used, limit: PAGE_SIZE }), notices, used };
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'bad_request' && used.cursor)) throw error;
    notices.push('That page link is no longer valid: showing the first page.');
    delete used.cursor;
    return { page: await listPosts(db, workspaceId, { ...used, limit: PAGE_SIZE }), notices, used };
  }
}

export default async function PostsPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspace: slug } = await params;
  const { workspace, role } = await requirePageAccess(slug, 'workspace:read');
  const db = await getDb();
  const [profiles, { page, notices, used }] = await Promise.all([
    listProfiles(db, workspace.id, { includeArchived: true }),
    loadPage(db, workspace.id, readListParams(await searchParams)),
  ]);
  const base = `/w/${workspace.slug}/posts`;
  const filtered = ['profile', 'from', 'to', 'exposure', 'q'].some((k) => used[k as ListKey]);
  const editor = can(role, 'data:write');

  return (
    <div className="space-y-6">
      <PageHeader
        title="Posts"
        description="Every tracked post with its newest metrics and whether LinkedIn could train on it: at publication, and ever since."
        actions={
          <div className="flex gap-2">
            <a href={`${base}/export${listQuery(used, { cursor: undefined })}`} className="inline-flex items-center rounded-md px-3 py-2 text-sm font-medium text-indigo-600 hover:bg-zinc-100 dark:text-indigo-400 dark:hover:bg-zinc-800">
              Export CSV
            </a>
            {editor && <ButtonLink href={`${base}/new${used.profile ? `?profile=${used.profile}` : ''}`}>Add post</ButtonLink>}
          </div>
        }
      />
      <Card>
        <PostFilters action={base} params={used} profiles={profiles.map((p) => ({ value: p.id, label: p.archivedAt ? `${p.name} (archived)` : p.name }))} />
      </Card>
      {notices.length > 0 && (
        <div role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">
          {notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      )}
      <Card>
        {page.items.length === 0 ? (
          filtered || used.cursor ? (
            <EmptyState title="No posts match">
              Change the filters or{' '}
              <Link href={base} className="text-indigo-600 hover:underline dark:text-indigo-400">
                show all posts
              </Link>
              .
            </EmptyState>
          ) : (
            <EmptyState title="No posts yet">
              {profiles.length === 0 ? (
                <>
                  Posts belong to a profile:{' '}
                  <Link href={`/w/${workspace.slug}/profiles`} className="text-indigo-600 hover:underline dark:text-indigo-400">
                    add a profile
                  </Link>{' '}
                  first, then log its posts here.
                </>
              ) : editor ? (
                <>
                  <Link href={`${base}/new`} className="text-indigo-600 hover:underline dark:text-indigo-400">
                    Add a post
                  </Link>{' '}
                  by its LinkedIn link, or import LinkedIn’s exports.
                </>
              ) : (
                'Editors add posts by hand or import them from LinkedIn’s exports; they will appear here.'
              )}
            </EmptyState>
          )
        ) : (
          <PostsTable base={base} params={used} items={page.items} />
        )}
        {(used.cursor || page.nextCursor) && (
          <nav aria-label="Pages" className="mt-4 flex gap-4 text-sm">
            {used.cursor && (
              <Link className="text-indigo-600 hover:underline dark:text-indigo-400" href={`${base}${listQuery(used, { cursor: undefined })}`}>
                ← First page
              </Link>
            )}
            {page.nextCursor && (
              <Link className="text-indigo-600 hover:underline dark:text-indigo-400" href={`${base}${listQuery(used, { cursor: page.nextCursor })}`}>
                Next page →
              </Link>
            )}
          </nav>
        )}
      </Card>
    </div>
  );
}
