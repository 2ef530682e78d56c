import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { requirePageAccess } from '@/lib/auth/guards';
import { can } from '@/lib/auth/permissions';
import { spanAt } from '@/lib/consent/exposure';
import { loadRegionRules, loadTimeline } from '@/lib/consent/refresh';
import { listProfiles } from '@/lib/profiles/profiles';
import { REGION_OPTIONS, regionName } from '@/lib/profiles/regions';
import { listMembers } from '@/lib/workspaces/members';
import { describeToggle, ExposureBadge } from '@/app/_components/exposure';
import { Badge, Card, cell, EmptyState, PageHeader, Table } from '@/app/_components/ui';
import { AddProfileForm } from './profile-forms';

export const metadata: Metadata = { title: 'Profiles' };

export default async function ProfilesPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<{ archived?: string }>;
}) {
  const { workspace: slug } = await params;
  const { workspace, role } = await requirePageAccess(slug, 'workspace:read');
  const showArchived = (await searchParams).archived === '1';
  const editor = can(role, 'data:write');
  const db = await getDb();
  const [all, members] = await Promise.all([listProfiles(db, workspace.id, { includeArchived: true }), listMembers(db, workspace.id)]);
  const archivedCount = all.filter((p) => p.archivedAt).length;
  const profiles = showArchived ? all : all.filter((p) => !p.archivedAt);
  const memberName = new Map(members.map((m) => [m.userId, m.name || m.email]));
  const now = new Date();
  const rules = await loadRegionRules(db, workspace.id);
  const current = await Promise.all(profiles.map(async (p) => spanAt(await loadTimeline(db, workspace.id, p.id, p.region, rules), now)));
  const base = `/w/${workspace.slug}/profiles`;

  return (
    <div className="space-y-6">
      <PageHeader
        title="Profiles"
        description="The LinkedIn member profiles and company pages this workspace tracks, with their “Data for Generative AI Improvement” exposure today."
        actions={
          archivedCount > 0 && (
            <Link href={showArchived ? base : `${base}?archived=1`} className="text-sm font-medium text-indigo-600 hover:underline dark:text-indigo-400">
              {showArchived ? 'Hide archived profiles' : `Show archived profiles (${archivedCount})`}
            </Link>
          )
        }
      />
      <Card>
        {profiles.length === 0 ? (
          <EmptyState title="No profiles yet">
            {editor
              ? 'Add the first LinkedIn profile or company page you track with the form below. Then record its opt-in setting and log its posts.'
              : 'An editor of this workspace adds the LinkedIn profiles it tracks; they will appear here.'}
          </EmptyState>
        ) : (
          <Table caption="Tracked profiles" head={['Profile', 'Kind', 'Region', 'Training exposure now', '']}>
            {profiles.map((p, i) => {
              const span = current[i]!;
              return (
                <tr key={p.id} className={p.archivedAt ? 'opacity-70' : undefined}>
                  <td className={cell}>
                    <Link href={`${base}/${p.id}`} className="font-medium text-indigo-600 hover:underline dark:text-indigo-400">
                      {p.name}
                    </Link>
                    {p.memberUserId && memberName.has(p.memberUserId) && <div className="text-xs text-zinc-500">{memberName.get(p.memberUserId)}</div>}
                  </td>
                  <td className={cell}>{p.kind === 'company' ? 'Company page' : 'Member'}</td>
                  <td className={cell}>{regionName(p.region)}</td>
                  <td className={cell}>
                    <ExposureBadge state={span.state} />
                    <div className="mt-0.5 text-xs text-zinc-500">{describeToggle(span, regionName(p.region))}</div>
                  </td>
                  <td className={`${cell} text-right`}>{p.archivedAt && <Badge>archived</Badge>}</td>
                </tr>
              );
            })}
          </Table>
        )}
      </Card>
      {editor && (
        <Card title="Add a profile" description="A member profile or a company page. Its region decides which of LinkedIn’s rules apply to it.">
          <AddProfileForm
            workspace={workspace.slug}
            regions={REGION_OPTIONS}
            members={members.map((m) => ({ value: m.userId, label: m.name ? `${m.name} (${m.email})` : m.email }))}
          />
        </Card>
      )}
    </div>
  );
}
