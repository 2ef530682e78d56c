import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { timelineMarkers } from '@/lib/annotations';
import { requirePageAccess } from '@/lib/auth/guards';
import { earliestData, loadDashboard, RANGE_LABELS, resolveRange } from '@/lib/dashboard';
import { listProfiles } from '@/lib/profiles/profiles';
import { listMembers } from '@/lib/workspaces/members';
import { Badge, Card, EmptyState } from '@/app/_components/ui';
import { DashboardCharts } from './dashboard/dashboard-charts';
import { FirstSteps } from './dashboard/first-steps';
import { KpiCards } from './dashboard/kpi-cards';
import { dashboardQuery, editedToCustom, rangeDays, readDashboardParams } from './dashboard/params';
import { RangePicker } from './dashboard/range-picker';
import { LeaveWorkspaceForm } from './leave-form';

export const metadata: Metadata = { title: 'Dashboard' };

// The workspace's dashboard: reach, AI visibility and privacy exposure of a range against
// the period before it, for the whole team or one profile (`?profile=`), with the range in
// the URL (`?range=…&from=…&to=…`) so a view can be shared. A workspace without a single post
// or answer shows its first steps instead.

export default async function WorkspaceDashboard({
  params,
  searchParams,
}: {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspace: slug } = await params;
  const { workspace, role } = await requirePageAccess(slug, 'workspace:read');
  const db = await getDb();
  const base = `/w/${workspace.slug}`;
  const raw = readDashboardParams(await searchParams);
  const [members, profiles, earliest] = await Promise.all([
    listMembers(db, workspace.id),
    listProfiles(db, workspace.id, { includeArchived: true }),
    earliestData(db, workspace.id, null),
  ]);

  const notices: string[] = [];
  // Only a profile of this workspace: any other id is dropped and said, as the posts list does.
  const profile = raw.profile ? profiles.find((p) => p.id === raw.profile) : undefined;
  if (raw.profile && !profile) notices.push('Ignored “profile”: it is not a profile of this workspace. Showing all profiles.');
  const profileId = profile?.id ?? null;

  let range = await resolveRange(db, workspace.id, profileId, raw);
  const edited = editedToCustom(raw, range);
  if (edited) range = await resolveRange(db, workspace.id, profileId, edited);
  if (range.notice) notices.push(range.notice);
  const { first, last } = rangeDays(range);

  const header = (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{workspace.name}</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          You are <Badge tone="indigo">{role}</Badge> here · {members.length} {members.length === 1 ? 'member' : 'members'}
        </p>
      </div>
      {earliest && (
        <Link href={`${base}/opt-in-test${dashboardQuery(range, null)}`} className="text-sm font-medium text-indigo-600 hover:underline dark:text-indigo-400">
          The opt-in test →
        </Link>
      )}
    </div>
  );
  const membership = (
    <Card title="Your membership" description="Leaving removes your access; an owner or admin can invite you again.">
      <LeaveWorkspaceForm workspace={workspace.slug} />
    </Card>
  );

  if (!earliest) {
    return (
      <div className="space-y-8">
        {header}
        <FirstSteps base={base} role={role} />
        {membership}
      </div>
    );
  }

  const [dashboard, markers] = await Promise.all([
    loadDashboard(db, workspace.id, profileId, range),
    timelineMarkers(db, workspace.id, { from: first, to: last, ...(profileId && { profileId }) }),
  ]);
  const { current, previous } = dashboard.kpis;
  const previousLabel = range.previous ? `the previous period (${rangeDays(range.previous).first} to ${rangeDays(range.previous).last})` : null;
  const emptyRange = current.reach.posts === 0 && current.visibility.answers === 0 && dashboard.accountReach.every((p) => p.days === 0);

  return (
    <div className="space-y-8">
      {header}
      <Card>
        <RangePicker action={base} range={range} profileId={profileId} profiles={profiles.map((p) => ({ value: p.id, label: p.archivedAt ? `${p.name} (archived)` : p.name }))} />
      </Card>
      {notices.length > 0 && (
        <div role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">
          {notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      )}
      <section aria-labelledby="kpi-heading" className="space-y-3">
        <h2 id="kpi-heading" className="text-base font-semibold">
          {profile ? `${profile.name}: ` : ''}
          {range.preset === 'custom' ? `${first} to ${last}` : `${RANGE_LABELS[range.preset]} (${first} to ${last})`}
          {previousLabel && <span className="font-normal text-zinc-600 dark:text-zinc-400"> compared with {previousLabel}</span>}
        </h2>
        <KpiCards kpis={{ current, previous }} previousLabel={previousLabel} />
      </section>
      {emptyRange ? (
        <EmptyState title="Nothing happened in this range">
          No post was published, no AI answer was asked and no daily reach was imported from {first} to {last}
          {profile ? ` for ${profile.name}` : ''}. The workspace’s data starts on {earliest.toISOString().slice(0, 10)}:{' '}
          <Link href={`${base}${dashboardQuery({ ...range, preset: 'all' }, profileId)}`} className="text-indigo-600 hover:underline dark:text-indigo-400">
            show all time
          </Link>
          .
        </EmptyState>
      ) : (
        <DashboardCharts dashboard={dashboard} markers={markers} profileView={profileId !== null} />
      )}
      {membership}
    </div>
  );
}
