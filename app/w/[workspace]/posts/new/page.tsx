import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { requirePageAccess } from '@/lib/auth/guards';
import { listProfiles } from '@/lib/profiles/profiles';
import { Card, EmptyState, PageHeader } from '@/app/_components/ui';
import { todayUtc } from '@/app/_components/utc';
import { NewPostForm } from '../post-forms';
import { mediaKindOptions, profileOptions, visibilityOptions } from '../post-options';

export const metadata: Metadata = { title: 'Add a post' };

export default async function NewPostPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<{ profile?: string }>;
}) {
  const { workspace: slug } = await params;
  const { workspace } = await requirePageAccess(slug, 'data:write');
  const profiles = profileOptions(await listProfiles(await getDb(), workspace.id));
  const wanted = (await searchParams).profile;
  const profileId = profiles.some((p) => p.value === wanted) ? wanted : undefined;
  return (
    <div className="space-y-6">
      <PageHeader
        title="Add a post"
        description={
          <>
            Log one LinkedIn post by hand. Many at once? Import LinkedIn’s exports. ·{' '}
            <Link href={`/w/${workspace.slug}/posts`} className="text-indigo-600 hover:underline dark:text-indigo-400">
              Back to posts
            </Link>
          </>
        }
      />
      <Card>
        {profiles.length === 0 ? (
          <EmptyState title="Add a profile first">
            Every post belongs to a tracked profile.{' '}
            <Link href={`/w/${workspace.slug}/profiles`} className="text-indigo-600 hover:underline dark:text-indigo-400">
              Add the profile
            </Link>{' '}
            that published it, then come back.
          </EmptyState>
        ) : (
          <NewPostForm
            workspace={workspace.slug}
            profileId={profileId}
            profiles={profiles}
            mediaKinds={mediaKindOptions}
            visibilities={visibilityOptions()}
            today={todayUtc()}
          />
        )}
      </Card>
    </div>
  );
}
