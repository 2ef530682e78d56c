import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { requirePageAccess } from '@/lib/auth/guards';
import { describeAuditEvent, listAuditEvents } from '@/lib/audit';
import { Card, cell, EmptyState, formatDateTime, PageHeader, Table } from '@/app/_components/ui';

export const metadata: Metadata = { title: 'Audit log' };

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<{ before?: string }>;
}) {
  const { workspace: slug } = await params;
  const { workspace } = await requirePageAccess(slug, 'audit:read');
  const before = Number((await searchParams).before) || undefined;
  const page = await listAuditEvents(await getDb(), workspace.id, { limit: 50, before });
  return (
    <div className="space-y-6">
      <PageHeader title="Audit log" description="Who changed the workspace, its members and its tokens, and when. Newest first." />
      <Card>
        {page.items.length === 0 ? (
          <EmptyState title="No events">Changes to members, roles, tokens and the workspace appear here.</EmptyState>
        ) : (
          <Table caption="Audit events" head={['When', 'Who', 'What']}>
            {page.items.map((e) => (
              <tr key={e.id}>
                <td className={`${cell} whitespace-nowrap text-zinc-500`}>{formatDateTime(e.createdAt)}</td>
                <td className={cell}>{e.actorLabel}</td>
                <td className={cell}>{describeAuditEvent(e)}</td>
              </tr>
            ))}
          </Table>
        )}
        <div className="mt-4 flex gap-4 text-sm">
          {before && (
            <Link className="text-indigo-600 hover:underline dark:text-indigo-400" href={`/w/${workspace.slug}/settings/audit`}>
              ← Newest
            </Link>
          )}
          {page.nextCursor && (
            <Link className="text-indigo-600 hover:underline dark:text-indigo-400" href={`/w/${workspace.slug}/settings/audit?before=${page.nextCursor}`}>
              Older →
            </Link>
          )}
        </div>
      </Card>
    </div>
  );
}
