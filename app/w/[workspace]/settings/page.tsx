import type { Metadata } from 'next';
import { requirePageAccess } from '@/lib/auth/guards';
import { can } from '@/lib/auth/permissions';
import { Card, PageHeader } from '@/app/_components/ui';
import { ExportCard } from './export/export-card';
import { DeleteWorkspaceForm, UpdateWorkspaceForm } from './general-forms';

export const metadata: Metadata = { title: 'Workspace settings' };

export default async function GeneralSettings({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const { workspace, role } = await requirePageAccess(slug, 'workspace:update');
  return (
    <div className="space-y-6">
      <PageHeader title="General" description="The workspace’s name and the address of its pages." />
      <Card title="Name and URL">
        <UpdateWorkspaceForm workspace={workspace.slug} name={workspace.name} />
      </Card>
      {can(role, 'workspace:export') && <ExportCard workspace={workspace.slug} />}
      {can(role, 'workspace:delete') && (
        <Card title="Delete this workspace" description="Deletes the workspace and everything in it: members, invitations, API tokens, audit log and all data. This cannot be undone.">
          <DeleteWorkspaceForm workspace={workspace.slug} name={workspace.name} />
        </Card>
      )}
    </div>
  );
}
