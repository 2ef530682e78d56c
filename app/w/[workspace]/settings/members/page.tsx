import type { Metadata } from 'next';
import { getDb } from '@/db/client';
import { requirePageAccess } from '@/lib/auth/guards';
import { can, ROLES } from '@/lib/auth/permissions';
import { canSendEmail } from '@/lib/mail';
import { listPendingInvitations } from '@/lib/workspaces/invitations';
import { listMembers } from '@/lib/workspaces/members';
import { Badge, Card, cell, formatDateTime, PageHeader, Table } from '@/app/_components/ui';
import { InviteForm, MemberRoleForm, RemoveMemberForm, RevokeInvitationForm } from './member-forms';

export const metadata: Metadata = { title: 'Members' };

export default async function MembersPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const { workspace, role, user } = await requirePageAccess(slug, 'members:manage');
  const db = await getDb();
  const [members, invitations] = await Promise.all([listMembers(db, workspace.id), listPendingInvitations(db, workspace.id)]);
  const managesOwners = can(role, 'owners:manage');
  const assignable = ROLES.filter((r) => managesOwners || r !== 'owner').map((r) => ({ value: r, label: r }));

  return (
    <div className="space-y-6">
      <PageHeader title="Members" description="Owners and admins manage members; only owners grant or take the owner role. A workspace always keeps at least one owner." />
      <Card title="Invite someone">
        <InviteForm workspace={workspace.slug} roles={assignable} emailEnabled={canSendEmail()} />
      </Card>

      <Card title={`Members (${members.length})`}>
        <Table caption="Members of this workspace" head={['Member', 'Role', 'Joined', '']}>
          {members.map((m) => {
            const editable = managesOwners || m.role !== 'owner';
            const self = m.userId === user.id;
            return (
              <tr key={m.userId}>
                <td className={cell}>
                  <div className="font-medium">{m.name || m.email}</div>
                  {m.name && <div className="text-xs text-zinc-500">{m.email}</div>}
                  {self && <Badge>you</Badge>}
                </td>
                <td className={cell}>
                  {editable ? <MemberRoleForm workspace={workspace.slug} userId={m.userId} role={m.role} roles={assignable} label={`Role of ${m.email}`} /> : <Badge>{m.role}</Badge>}
                </td>
                <td className={`${cell} text-zinc-500`}>{formatDateTime(m.joinedAt)}</td>
                <td className={`${cell} text-right`}>{editable && !self && <RemoveMemberForm workspace={workspace.slug} userId={m.userId} email={m.email} />}</td>
              </tr>
            );
          })}
        </Table>
      </Card>

      <Card title="Pending invitations" description="Links work once and expire 7 days after they are made. Withdraw one to make its link useless.">
        {invitations.length === 0 ? (
          <p className="text-sm text-zinc-500">No pending invitations.</p>
        ) : (
          <Table caption="Pending invitations" head={['For', 'Role', 'Expires', '']}>
            {invitations.map((inv) => (
              <tr key={inv.id}>
                <td className={cell}>{inv.email ?? 'anyone with the link'}</td>
                <td className={cell}>
                  <Badge>{inv.role}</Badge>
                </td>
                <td className={`${cell} text-zinc-500`}>{formatDateTime(inv.expiresAt)}</td>
                <td className={`${cell} text-right`}>
                  {(managesOwners || inv.role !== 'owner') && <RevokeInvitationForm workspace={workspace.slug} invitationId={inv.id} />}
                </td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
    </div>
  );
}
