import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { requirePageAccess } from '@/lib/auth/guards';
import { can } from '@/lib/auth/permissions';
import { listEntities } from '@/lib/entities/entities';
import { Badge, Card, cell, EmptyState, PageHeader, Table } from '@/app/_components/ui';
import { ArchiveEntityForm, EntityForm } from './entity-forms';

export const metadata: Metadata = { title: 'Names to look for' };

export default async function EntitiesPage({ params, searchParams }: { params: Promise<{ workspace: string }>; searchParams: Promise<{ edit?: string }> }) {
  const { workspace: slug } = await params;
  const { workspace, role } = await requirePageAccess(slug, 'workspace:read');
  const editor = can(role, 'data:write');
  const entities = await listEntities(await getDb(), workspace.id, { includeArchived: true });
  const { edit } = await searchParams;
  const editing = entities.find((e) => e.id === edit);
  const base = `/w/${workspace.slug}/entities`;
  return (
    <div className="space-y-6">
      <PageHeader
        title="Names to look for"
        description="The people, brands and products Optlens looks for in AI answers: yours, and your competitors’ for share of voice. Matching ignores case and accents unless a name is marked exact."
      />
      {editor && (
        <Card title={editing ? `Edit “${editing.name}”` : 'Add a name'}>
          <EntityForm key={editing?.id ?? 'new'} workspace={workspace.slug} entity={editing} />
          {editing && (
            <Link href={base} className="mt-3 inline-block text-sm text-indigo-600 hover:underline dark:text-indigo-400">
              Cancel editing
            </Link>
          )}
        </Card>
      )}
      <Card title={`Names (${entities.filter((e) => !e.archivedAt).length})`}>
        {entities.length === 0 ? (
          <EmptyState title="No names yet">Add your own name or brand first, then the competitors you want to compare with.</EmptyState>
        ) : (
          <Table caption="Names to look for" head={['Name', 'Kind', 'Whose', 'Other names', '']}>
            {entities.map((e) => (
              <tr key={e.id} className={e.archivedAt ? 'opacity-60' : undefined}>
                <td className={`${cell} font-medium`}>
                  <Link href={`${base}/${e.id}`} className="text-indigo-600 hover:underline dark:text-indigo-400">
                    {e.name}
                  </Link>{' '}
                  {e.caseSensitive && <Badge>exact</Badge>} {e.archivedAt && <Badge>archived</Badge>}
                </td>
                <td className={cell}>{e.kind}</td>
                <td className={cell}>{e.isUs ? <Badge tone="indigo">us</Badge> : <Badge tone="amber">competitor</Badge>}</td>
                <td className={`${cell} text-zinc-600 dark:text-zinc-400`}>
                  {e.aliases.length === 0 ? '—' : e.aliases.map((a) => (a.caseSensitive && !e.caseSensitive ? `${a.text} (exact)` : a.text)).join(', ')}
                </td>
                <td className={`${cell} whitespace-nowrap text-right`}>
                  {editor && (
                    <>
                      <Link href={`${base}?edit=${e.id}`} className="mr-2 text-sm text-indigo-600 hover:underline dark:text-indigo-400">
                        Edit<span className="sr-only"> {e.name}</span>
                      </Link>
                      <ArchiveEntityForm workspace={workspace.slug} entityId={e.id} name={e.name} archived={!!e.archivedAt} />
                    </>
                  )}
                </td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
    </div>
  );
}
