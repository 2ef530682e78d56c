import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { requirePageAccess } from '@/lib/auth/guards';
import { can } from '@/lib/auth/permissions';
import { listEngines } from '@/lib/probes/engines';
import { listPrompts } from '@/lib/probes/prompts';
import { latestRuns } from '@/lib/probes/runs';
import { Badge, Card, cell, EmptyState, formatDateTime, PageHeader, Table } from '@/app/_components/ui';
import { ArchivePromptForm, AskNowForm, PromptForm } from './prompt-forms';
import { RunStatusBadge, SCHEDULE_LABELS, SCHEDULING_NOTE } from './run-status';

export const metadata: Metadata = { title: 'Prompts' };

const link = 'text-indigo-600 hover:underline dark:text-indigo-400';
const short = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);


export default async function PromptsPage({ params, searchParams }: { params: Promise<{ workspace: string }>; searchParams: Promise<{ edit?: string }> }) {
  const { workspace: slug } = await params;
  const { workspace, role } = await requirePageAccess(slug, 'workspace:read');
  const editor = can(role, 'data:write');
  const db = await getDb();
  const [prompts, engines] = await Promise.all([listPrompts(db, workspace.id, { includeArchived: true }), listEngines(db, workspace.id, { includeArchived: true })]);
  const latest = await latestRuns(db, workspace.id);
  const engineById = new Map(engines.map((e) => [e.id, e]));
  const active = engines.filter((e) => !e.archivedAt).map((e) => ({ id: e.id, name: e.name, model: e.model }));
  const { edit } = await searchParams;
  const editing = editor ? prompts.find((p) => p.id === edit) : undefined;
  const base = `/w/${workspace.slug}/prompts`;

  return (
    <div className="space-y-6">
      <PageHeader
        title="Prompts"
        description={
          <>
            Questions worth asking AI engines regularly. Their answers are recorded as{' '}
            <Link href={`/w/${workspace.slug}/answers`} className={link}>
              AI answers
            </Link>{' '}
            and scanned for your names. {SCHEDULING_NOTE}
          </>
        }
      />
      {active.length === 0 && (
        <Card>
          <p className="text-sm">
            No AI engine is set up yet, so prompts cannot be asked.{' '}
            {can(role, 'engines:manage') ? (
              <Link href={`/w/${workspace.slug}/settings/engines`} className={link}>
                Add an engine
              </Link>
            ) : (
              'Ask an admin of this workspace to add one.'
            )}
          </p>
        </Card>
      )}
      {editor && (
        <Card title={editing ? 'Edit the prompt' : 'Add a prompt'}>
          <PromptForm key={editing?.id ?? 'new'} workspace={workspace.slug} prompt={editing} engines={active} />
          {editing && (
            <Link href={base} className={`mt-3 inline-block text-sm ${link}`}>
              Cancel editing
            </Link>
          )}
        </Card>
      )}
      <Card title={`Prompts (${prompts.filter((p) => !p.archivedAt).length})`}>
        {prompts.length === 0 ? (
          <EmptyState title="No prompts yet">Add the questions your customers ask AI assistants, then ask them now or on a schedule.</EmptyState>
        ) : (
          <Table caption="Tracked prompts" head={['Prompt', 'Schedule', 'Next run', 'Engines and last run', '']}>
            {prompts.map((p) => {
              const last = new Map(latest.filter((r) => r.promptId === p.id).map((r) => [r.engineId, r]));
              return (
                <tr key={p.id} className={p.archivedAt ? 'opacity-60' : p.id === editing?.id ? 'bg-indigo-50 dark:bg-indigo-950/40' : undefined}>
                  <td className={`${cell} min-w-64 max-w-md`}>
                    <Link href={`${base}/${p.id}`} className={`font-medium ${link}`}>
                      {p.text}
                    </Link>{' '}
                    {p.archivedAt && <Badge>archived</Badge>}
                  </td>
                  <td className={cell}>{SCHEDULE_LABELS[p.schedule]}</td>
                  <td className={`${cell} whitespace-nowrap text-zinc-600 dark:text-zinc-400`}>{p.nextRunAt ? formatDateTime(p.nextRunAt) : '—'}</td>
                  <td className={cell}>
                    {p.engineIds.length === 0 ? (
                      <span className="text-zinc-500">none</span>
                    ) : (
                      <ul className="space-y-1">
                        {p.engineIds.map((engineId) => {
                          const engine = engineById.get(engineId);
                          const run = last.get(engineId);
                          return (
                            <li key={engineId} className="flex flex-wrap items-center gap-2 whitespace-nowrap">
                              <span>{engine?.name ?? 'unknown engine'}</span>
                              {engine?.archivedAt && <Badge>archived</Badge>}
                              {run ? <RunStatusBadge status={run.status} /> : <span className="text-xs text-zinc-500">never run</span>}
                            </li>
                          );
                        })}
                      </ul>
                    )}
                  </td>
                  <td className={`${cell} text-right`}>
                    {editor && (
                      <div className="flex flex-col items-end gap-1">
                        <div className="flex items-center gap-1 whitespace-nowrap">
                          <Link href={`${base}?edit=${p.id}`} className={`mr-2 text-sm ${link}`}>
                            Edit<span className="sr-only"> “{short(p.text)}”</span>
                          </Link>
                          <ArchivePromptForm workspace={workspace.slug} promptId={p.id} label={short(p.text)} archived={!!p.archivedAt} />
                        </div>
                        {!p.archivedAt && p.engineIds.length > 0 && <AskNowForm workspace={workspace.slug} promptId={p.id} label={short(p.text)} />}
                      </div>
                    )}
                  </td>
                </tr>
              );
            })}
          </Table>
        )}
      </Card>
    </div>
  );
}
