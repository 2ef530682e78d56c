import type { Metadata } from 'next';
import { getDb } from '@/db/client';
import { requirePageAccess } from '@/lib/auth/guards';
import { can } from '@/lib/auth/permissions';
import { listConsentTimeline } from '@/lib/consent/events';
import { listFollowerCounts } from '@/lib/profiles/followers';
import { REGION_OPTIONS, regionName } from '@/lib/profiles/regions';
import { listMembers } from '@/lib/workspaces/members';
import { ExposureTimelineChart, type TimelineSpan } from '@/app/_components/charts/exposure-timeline-chart';
import { describeToggle, EXPOSURE_STATES, ExposureBadge } from '@/app/_components/exposure';
import { ExternalLink } from '@/app/_components/external-link';
import { orNotFound } from '@/app/_components/load';
import { Badge, ButtonLink, Card, PageHeader } from '@/app/_components/ui';
import { toDateTimeInput } from '@/app/_components/utc';
import { ArchiveProfileForm, EditProfileForm } from '../profile-forms';
import { AddConsentEventForm } from './consent-forms';
import { ConsentEvents } from './consent-events';
import { Followers } from './followers';
import { OptOutGuide } from './opt-out-guide';

export const metadata: Metadata = { title: 'Profile' };

export default async function ProfilePage({ params }: { params: Promise<{ workspace: string; id: string }> }) {
  const { workspace: slug, id } = await params;
  const { workspace, role } = await requirePageAccess(slug, 'workspace:read');
  const db = await getDb();
  const { profile, items, spans, current } = await orNotFound(listConsentTimeline(db, workspace.id, id));
  const canEdit = can(role, 'data:write');
  const [members, followers] = await Promise.all([canEdit ? listMembers(db, workspace.id) : [], listFollowerCounts(db, workspace.id, profile.id)]);
  const region = regionName(profile.region);
  const now = new Date();
  const chartSpans: TimelineSpan[] = spans.map((s) => ({
    from: s.from?.toISOString() ?? null,
    to: s.to?.toISOString() ?? null,
    state: s.state,
    toggle: s.toggle,
    toggleFrom: s.toggleFrom,
    rule: s.rule ? { id: s.rule.id, label: s.rule.label, startUnconfirmed: !!s.rule.startUnconfirmed } : null,
  }));

  return (
    <div className="space-y-6">
      <PageHeader
        title={profile.name}
        description={
          <>
            {profile.kind === 'company' ? 'Company page' : 'Member profile'} · {region}
            {profile.linkedinUrl && (
              <>
                {' · '}
                <ExternalLink href={profile.linkedinUrl}>LinkedIn</ExternalLink>
              </>
            )}
            {profile.archivedAt && (
              <>
                {' '}
                <Badge>archived</Badge>
              </>
            )}
          </>
        }
        actions={
          <ButtonLink variant="secondary" href={`/w/${workspace.slug}/posts?profile=${profile.id}`}>
            Posts of this profile →
          </ButtonLink>
        }
      />

      <Card title="Training exposure now">
        <div className="flex flex-wrap items-center gap-3">
          <ExposureBadge state={current.state} />
          <p className="text-sm">{describeToggle(current, region)}.</p>
        </div>
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
          {EXPOSURE_STATES[current.state].meaning}
          {current.rule && <> Rule in force: “{current.rule.label}”.</>}
        </p>
      </Card>

      <Card title="Opt-in timeline" description="Exposure means the toggle is ON and the region is not exempt under LinkedIn’s rules at that date. Without a recorded change, the profile follows LinkedIn’s default for its region.">
        <ExposureTimelineChart spans={chartSpans} now={now.toISOString()} regionLabel={region} />
      </Card>

      <Card title="Recorded changes" description="Each time the setting was turned ON or OFF, newest first.">
        <ConsentEvents workspace={workspace.slug} profileId={profile.id} items={items} canEdit={canEdit} />
        {canEdit && (
          <div className="mt-6 border-t border-zinc-200 pt-4 dark:border-zinc-800">
            <h3 className="mb-3 text-sm font-semibold">Add an event</h3>
            <AddConsentEventForm workspace={workspace.slug} profileId={profile.id} defaultAt={toDateTimeInput(now)} />
          </div>
        )}
      </Card>

      <OptOutGuide workspace={workspace.slug} profileId={profile.id} canRecord={canEdit} />

      <Followers workspace={workspace.slug} profileId={profile.id} rows={followers} canEdit={canEdit} today={now.toISOString().slice(0, 10)} />

      {canEdit && (
        <Card title="Edit profile" description="Archived profiles keep their history but leave lists and pickers.">
          <EditProfileForm
            workspace={workspace.slug}
            profile={{ id: profile.id, name: profile.name, kind: profile.kind, linkedinUrl: profile.linkedinUrl, region: profile.region, memberUserId: profile.memberUserId }}
            regions={REGION_OPTIONS}
            members={members.map((m) => ({ value: m.userId, label: m.name ? `${m.name} (${m.email})` : m.email }))}
          />
          <div className="mt-6 border-t border-zinc-200 pt-4 dark:border-zinc-800">
            <ArchiveProfileForm workspace={workspace.slug} profileId={profile.id} archived={!!profile.archivedAt} />
          </div>
        </Card>
      )}
    </div>
  );
}
