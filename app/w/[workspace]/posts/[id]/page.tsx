import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { timelineMarkers } from '@/lib/annotations';
import { requirePageAccess } from '@/lib/auth/guards';
import { can } from '@/lib/auth/permissions';
import { loadTimeline } from '@/lib/consent/refresh';
import { bandsFromTimelines } from '@/lib/dashboard/bands';
import { getPost } from '@/lib/posts/posts';
import { PRIVACY_SCAN_VERSION, privacyOf } from '@/lib/posts/privacy';
import { listProfiles } from '@/lib/profiles/profiles';
import { MetricHistoryChart } from '@/app/_components/charts/metric-history-chart';
import { ExternalLink } from '@/app/_components/external-link';
import { orNotFound } from '@/app/_components/load';
import { Card, formatCount, formatDateTime, formatRate, PageHeader } from '@/app/_components/ui';
import { todayUtc } from '@/app/_components/utc';
import { DeletePostForm, EditPostForm, SnapshotForm } from '../post-forms';
import { mediaKindOptions, profileOptions, visibilityLabel, visibilityOptions } from '../post-options';
import { ExposureCard } from './exposure-card';
import { PrivacyFindings, PrivacyText } from './privacy-findings';

export const metadata: Metadata = { title: 'Post' };

export default async function PostPage({ params }: { params: Promise<{ workspace: string; id: string }> }) {
  const { workspace: slug, id } = await params;
  const { workspace, role } = await requirePageAccess(slug, 'workspace:read');
  const db = await getDb();
  const { post, profile, metrics } = await orNotFound(getPost(db, workspace.id, id));
  const canEdit = can(role, 'data:write');
  // The metric history's span (capture days, both included), over which its chart shades the
  // profile's periods of effective training exposure and marks its notes and opt-in changes.
  const firstDay = metrics[0]?.capturedOn;
  const lastDay = metrics[metrics.length - 1]?.capturedOn;
  const [spans, profiles, markers] = await Promise.all([
    loadTimeline(db, workspace.id, profile.id, profile.region),
    canEdit ? listProfiles(db, workspace.id, { includeArchived: true }) : [],
    firstDay && lastDay ? timelineMarkers(db, workspace.id, { from: firstDay, to: lastDay, profileId: profile.id }) : [],
  ]);
  const bands = firstDay && lastDay ? bandsFromTimelines([spans], new Date(`${firstDay}T00:00:00Z`), new Date(Date.parse(`${lastDay}T00:00:00Z`) + 86_400_000)) : [];
  const base = `/w/${workspace.slug}`;
  // Stored findings once the background scan has been; until then (just imported) scanned here.
  const privacy =
    post.privacyScannedVersion >= PRIVACY_SCAN_VERSION ? { score: post.privacyScore ?? 0, findings: post.privacyFindings ?? [] } : privacyOf(post.text, profile.name);
  const latest = [
    ['Impressions', formatCount(post.latestImpressions)],
    ['Members reached', formatCount(post.latestMembersReached)],
    ['Reactions', formatCount(post.latestReactions)],
    ['Comments', formatCount(post.latestComments)],
    ['Reposts', formatCount(post.latestReposts)],
    ['Engagement rate', formatRate(post.latestEngagementRate)],
  ];

  return (
    <div className="space-y-6">
      <PageHeader
        title={`Post by ${profile.name}`}
        description={
          <>
            Published {formatDateTime(post.publishedAt)}
            {post.mediaKind && ` · ${post.mediaKind}`}
            {post.visibility && ` · visible to ${visibilityLabel(post.visibility).toLowerCase()}`} · <ExternalLink href={post.url}>Open on LinkedIn</ExternalLink>
          </>
        }
        actions={
          <Link href={`${base}/posts?profile=${profile.id}`} className="text-sm font-medium text-indigo-600 hover:underline dark:text-indigo-400">
            ← {profile.name}’s posts
          </Link>
        }
      />

      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Card title="Text">
          {post.text ? (
            <PrivacyText text={post.text} findings={privacy.findings} />
          ) : (
            <p className="text-sm italic text-zinc-500">No text recorded{post.sharedUrl ? ' (a repost)' : ''}.</p>
          )}
          {post.sharedUrl && (
            <p className="mt-3 text-sm">
              Shared link: <ExternalLink href={post.sharedUrl} />
            </p>
          )}
        </Card>
        <ExposureCard post={post} profile={profile} spans={spans} href={`${base}/profiles/${profile.id}`} />
      </div>

      {post.text && (
        <Card title="Privacy" description="What the post gives away: personal data of the author and of others, and confidential markers, marked in the text above.">
          <PrivacyFindings text={post.text} findings={privacy.findings} score={privacy.score} everExposed={post.everExposed} />
        </Card>
      )}

      <Card title="Metrics" description={post.latestCapturedOn ? `Newest snapshot: ${post.latestCapturedOn}.` : undefined}>
        <dl className="mb-6 grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-6">
          {latest.map(([label, value]) => (
            <div key={label} className="rounded-md bg-zinc-50 px-3 py-2 dark:bg-zinc-950">
              <dt className="text-xs text-zinc-500">{label}</dt>
              <dd className="text-lg font-semibold tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
        <MetricHistoryChart
          metrics={metrics.map(({ capturedOn, impressions, membersReached, reactions, comments, reposts, clicks, saves }) => ({ capturedOn, impressions, membersReached, reactions, comments, reposts, clicks, saves }))}
          bands={bands}
          markers={markers}
        />
        {canEdit && (
          <div className="mt-6 border-t border-zinc-200 pt-4 dark:border-zinc-800">
            <h3 className="mb-3 text-sm font-semibold">Add a snapshot</h3>
            <SnapshotForm workspace={workspace.slug} postId={post.id} today={todayUtc()} />
          </div>
        )}
      </Card>

      {canEdit && (
        <Card title="Edit post">
          <EditPostForm
            workspace={workspace.slug}
            post={{
              id: post.id,
              profileId: post.profileId,
              url: post.url,
              publishedLabel: post.publishedAt.toISOString().replace('T', ' ').replace('.000Z', ' UTC').replace('Z', ' UTC'),
              text: post.text,
              mediaKind: post.mediaKind,
              visibility: post.visibility,
            }}
            profiles={profileOptions(profiles, profile.id)}
            mediaKinds={mediaKindOptions}
            visibilities={visibilityOptions(post.visibility)}
          />
          <div className="mt-6 border-t border-zinc-200 pt-4 dark:border-zinc-800">
            <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">Deleting removes the post and its metric history. A later import of the same post adds it again.</p>
            <DeletePostForm workspace={workspace.slug} postId={post.id} />
          </div>
        </Card>
      )}
    </div>
  );
}
