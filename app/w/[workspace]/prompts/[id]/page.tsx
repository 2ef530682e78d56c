import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import type { ProbeAttempt } from '@/db/schema';
import { requirePageAccess } from '@/lib/auth/guards';
import { can } from '@/lib/auth/permissions';
import { listEngines } from '@/lib/probes/engines';
import { getPrompt } from '@/lib/probes/prompts';
import { listRuns, type RunListItem } from '@/lib/probes/runs';
import { orNotFound } from '@/app/_components/load';
import { Badge, ButtonLink, Card, cell, EmptyState, formatCount, formatDateTime, PageHeader, Table } from '@/app/_components/ui';
import { ArchivePromptForm, AskNowForm } from '../prompt-forms';
import { RunStatusBadge, SCHEDULE_LABELS, SCHEDULING_NOTE } from '../run-status';

export const metadata: Metadata = { title: 'Prompt' };

const RUNS_SHOWN = 100;
const link = 'text-indigo-600 hover:underline dark:text-indigo-400';

function Attempts({ attempts }: { attempts: ProbeAttempt[] }) {
  if (attempts.length === 0) return <span className="text-zinc-500">—</span>;
  return (
    <details>
      <summary className="cursor-pointer whitespace-nowrap">{attempts.length === 1 ? '1 attempt' : `${attempts.length} attempts`}</summary>
      <ol className="mt-1 space-y-1 text-xs">
        {attempts.map((a) => (
          <li key={a.attempt} className="min-w-48">
            <span className="font-medium">Attempt {a.attempt}</span> · {a.status === null ? 'no response' : `HTTP ${a.status}`} · {formatCount(a.ms)} ms
            {a.error && <p className="whitespace-pre-wrap text-red-700 dark:text-red-300">{a.error}</p>}
          </li>
        ))}
      </ol>
    </details>
  );
}

function RunRows({ run, slug }: { run: RunListItem; slug: string }) {
  const tokens = run.inputTokens === null && run.outputTokens === null ? '—' : `${formatCount(run.inputTokens)} / ${formatCount(run.outputTokens)}`;
  return (
    <>
      <tr className={run.error ? 'border-b-0' : undefined}>
        <td className={cell}>
          <RunStatusBadge status={run.status} />
        </td>
        <td className={cell}>{run.trigger === 'schedule' ? 'schedule' : 'asked now'}</td>
        <td className={cell}>{run.engineName}</td>
        <td className={`${cell} whitespace-nowrap text-zinc-600 dark:text-zinc-400`}>{formatDateTime(run.startedAt)}</td>
        <td className={`${cell} whitespace-nowrap text-zinc-600 dark:text-zinc-400`}>{formatDateTime(run.finishedAt)}</td>
        <td className={`${cell} whitespace-nowrap text-right`}>{run.latencyMs === null ? '—' : `${formatCount(run.latencyMs)} ms`}</td>
        <td className={`${cell} whitespace-nowrap text-right`}>{tokens}</td>
        <td className={cell}>
          <Attempts attempts={run.attempts} />
        </td>
        <td className={`${cell} whitespace-nowrap`}>
          {run.answerId ? (
            <Link href={`/w/${slug}/answers/${run.answerId}`} className={link}>
              Answer<span className="sr-only"> of {run.engineName}</span>
            </Link>
          ) : (
            '—'
          )}
        </td>
      </tr>
      {run.error && (
        <tr>
          <td colSpan={9} className={`${cell} pt-0`}>
            <p className={`whitespace-pre-wrap text-sm ${run.status === 'failed' ? 'text-red-700 dark:text-red-300' : 'text-zinc-600 dark:text-zinc-400'}`}>
              {run.errorKind && <span className="font-mono text-xs">{run.errorKind}</span>}
              {run.errorKind && ' · '}
              {run.httpStatus !== null && `HTTP ${run.httpStatus} · `}
              {run.error}
            </p>
          </td>
        </tr>
      )}
    </>
  );
}

export default async function PromptPage({ params }: { params: Promise<{ workspace: string; id: string }> }) {
  const { workspace: slug, id } = await params;
  const { workspace, role } = await requirePageAccess(slug, 'workspace:read');
  const db = await getDb();
  const prompt = await orNotFound(getPrompt(db, workspace.id, id));
  const [runs, engines] = await Promise.all([listRuns(db, workspace.id, { promptId: prompt.id, limit: RUNS_SHOWN }), listEngines(db, workspace.id, { includeArchived: true })]);
  const editor = can(role, 'data:write');
  const base = `/w/${workspace.slug}/prompts`;
  const asked = engines.filter((e) => prompt.engineIds.includes(e.id));
  const label = prompt.text.length > 60 ? `${prompt.text.slice(0, 59)}…` : prompt.text;

  return (
    <div className="space-y-6">
      <PageHeader
        title={<span className="whitespace-pre-wrap">{prompt.text}</span>}
        description={
          <>
            <Link href={base} className={link}>
              Prompts
            </Link>{' '}
            · {SCHEDULE_LABELS[prompt.schedule]}
            {prompt.nextRunAt && <> · next run {formatDateTime(prompt.nextRunAt)}</>}
            {prompt.archivedAt && (
              <>
                {' '}
                <Badge>archived</Badge>
              </>
            )}
          </>
        }
        actions={
          editor && (
            <div className="flex flex-wrap items-start gap-2">
              {!prompt.archivedAt && asked.some((e) => !e.archivedAt) && <AskNowForm workspace={workspace.slug} promptId={prompt.id} label={label} />}
              <ButtonLink variant="secondary" href={`${base}?edit=${prompt.id}`}>
                Edit
              </ButtonLink>
              <ArchivePromptForm workspace={workspace.slug} promptId={prompt.id} label={label} archived={!!prompt.archivedAt} />
            </div>
          )
        }
      />
      <Card title="Engines" description={SCHEDULING_NOTE}>
        {asked.length === 0 ? (
          <p className="text-sm text-zinc-500">This prompt is asked of no engine yet.{editor && ' Edit it to choose some.'}</p>
        ) : (
          <ul className="flex flex-wrap gap-2 text-sm">
            {asked.map((e) => (
              <li key={e.id} className="rounded-md border border-zinc-200 px-2 py-1 dark:border-zinc-800">
                {e.name} <span className="font-mono text-xs text-zinc-500">{e.model}</span> {e.archivedAt && <Badge>archived</Badge>}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={runs.length >= RUNS_SHOWN ? `The last ${RUNS_SHOWN} runs` : `Runs (${runs.length})`}>
        {runs.length === 0 ? (
          <EmptyState title="Not asked yet">{prompt.schedule === 'manual' ? 'Runs appear here once someone asks the prompt now.' : 'Runs appear here after the scheduler’s next tick.'}</EmptyState>
        ) : (
          <Table
            caption="Runs of this prompt"
            head={['Status', 'Trigger', 'Engine', 'Started', 'Finished', { label: 'Latency', numeric: true }, { label: 'Tokens in / out', numeric: true }, 'Attempts', 'Answer']}
          >
            {runs.map((run) => (
              <RunRows key={run.id} run={run} slug={workspace.slug} />
            ))}
          </Table>
        )}
      </Card>
    </div>
  );
}
