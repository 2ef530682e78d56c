import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { listAnnotations } from '@/lib/annotations';
import { requirePageAccess } from '@/lib/auth/guards';
import { can } from '@/lib/auth/permissions';
import { listProfiles } from '@/lib/profiles/profiles';
import { Badge, Card, cell, EmptyState, formatDay, PageHeader, Table } from '@/app/_components/ui';
import { AnnotationForm, DeleteAnnotationForm } from './annotation-forms';

export const metadata: Metadata = { title: 'Notes' };

export default async function AnnotationsPage({ params, searchParams }: { params: Promise<{ workspace: string }>; searchParams: Promise<{ edit?: string }> }) {
  const { workspace: slug } = await params;
  const { workspace, role } = await requirePageAccess(slug, 'workspace:read');
  const editor = can(role, 'data:write');
  const db = await getDb();
  const [notes, profiles] = await Promise.all([listAnnotations(db, workspace.id), listProfiles(db, workspace.id, { includeArchived: true })]);
  const { edit } = await searchParams;
  const editing = editor ? notes.find((n) => n.id === edit) : undefined;
  // Archived profiles stay choosable only for the note that already names one.
  const choosable = profiles.filter((p) => !p.archivedAt || p.id === editing?.profileId).map((p) => ({ id: p.id, name: p.archivedAt ? `${p.name} (archived)` : p.name }));
  const base = `/w/${workspace.slug}/annotations`;
  return (
    <div className="space-y-6">
      <PageHeader
        title="Notes"
        description="Dated notes shown as markers on every time chart and on the opt-in test’s timeline: a campaign, a viral post, an algorithm change, a new job title. Changes of a profile’s AI-training setting appear there on their own."
      />
      {editor && (
        <Card title={editing ? `Edit “${editing.label}”` : 'Add a note'}>
          <AnnotationForm key={editing?.id ?? 'new'} workspace={workspace.slug} profiles={choosable} annotation={editing} />
          {editing && (
            <Link href={base} className="mt-3 inline-block text-sm text-indigo-600 hover:underline dark:text-indigo-400">
              Cancel editing
            </Link>
          )}
        </Card>
      )}
      <Card title={`Notes (${notes.length})`}>
        {notes.length === 0 ? (
          <EmptyState title="No notes yet">Note the days that explain a jump or a dip: a campaign, a viral post, a change on LinkedIn’s side.</EmptyState>
        ) : (
          <Table caption="Notes, newest first" head={['Day', 'What happened', 'About', 'Added by', '']}>
            {notes.map((n) => (
              <tr key={n.id}>
                <td className={`${cell} whitespace-nowrap tabular-nums`}>{formatDay(n.day)}</td>
                <td className={cell}>
                  <p className="font-medium">{n.label}</p>
                  {n.note && <p className="mt-1 whitespace-pre-line text-zinc-600 dark:text-zinc-400">{n.note}</p>}
                </td>
                <td className={cell}>{n.profileName ?? <Badge>whole workspace</Badge>}</td>
                <td className={`${cell} text-zinc-600 dark:text-zinc-400`}>{n.createdByName ?? '—'}</td>
                <td className={`${cell} whitespace-nowrap text-right`}>
                  {editor && (
                    <>
                      <Link href={`${base}?edit=${n.id}`} className="mr-2 text-sm text-indigo-600 hover:underline dark:text-indigo-400">
                        Edit<span className="sr-only"> {n.label}</span>
                      </Link>
                      <DeleteAnnotationForm workspace={workspace.slug} annotationId={n.id} label={n.label} />
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
