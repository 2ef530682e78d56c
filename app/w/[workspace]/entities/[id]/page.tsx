import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { timelineMarkers } from '@/lib/annotations';
import { citationsReport, entityByEngine, entitySummary, entityWeekly, shareOfVoice, type AnswerScope } from '@/lib/answers/analytics';
import { ANSWER_ENGINE_LABELS } from '@/lib/answers/engines';
import { requirePageAccess } from '@/lib/auth/guards';
import { exposureBands } from '@/lib/dashboard/bands';
import { getEntity } from '@/lib/entities/entities';
import { EngineTrendChart } from '@/app/_components/charts/engine-trend-chart';
import { ShareOfVoiceChart } from '@/app/_components/charts/share-of-voice-chart';
import { orNotFound } from '@/app/_components/load';
import { Badge, Card, EmptyState, formatRate, PageHeader } from '@/app/_components/ui';
import { todayUtc } from '@/app/_components/utc';
import { CitationsTable } from './citations-table';
import { EngineTable } from './engine-table';
import { EntityKpis } from './kpis';
import { PeriodFilter } from './period-filter';
import { periodQuery, readPeriodParams } from './period-params';

export const metadata: Metadata = { title: 'Name in AI answers' };

const KIND_LABELS = { person: 'Person', brand: 'Brand', product: 'Product', organization: 'Organization' } as const;

export default async function EntityPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspace: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspace: slug, id } = await params;
  const { workspace } = await requirePageAccess(slug, 'workspace:read');
  const db = await getDb();
  const entity = await orNotFound(getEntity(db, workspace.id, id));
  const view = readPeriodParams(await searchParams, todayUtc());
  const scope: AnswerScope = { period: view.period, engine: view.engine };
  // The period's last day, included: the notes and opt-in changes of the charts end there.
  const lastDay = new Date(view.period.to.getTime() - 86_400_000).toISOString().slice(0, 10);
  const [summary, engines, weekly, voice, citations, bands, markers] = await Promise.all([
    entitySummary(db, workspace.id, entity.id, scope),
    entityByEngine(db, workspace.id, entity.id, scope),
    entityWeekly(db, workspace.id, entity.id, scope),
    shareOfVoice(db, workspace.id, scope),
    citationsReport(db, workspace.id, { ...scope, namingEntityId: view.cited === 'entity' ? entity.id : undefined }),
    // Answers belong to the workspace, not to a profile: the whole team's exposure and markers.
    exposureBands(db, { workspaceId: workspace.id, profileId: null, from: view.period.from, to: view.period.to }),
    timelineMarkers(db, workspace.id, { from: view.from, to: lastDay }),
  ]);
  const overlays = { bands, markers, rangeEnd: view.to };
  const base = `/w/${workspace.slug}`;
  const self = `${base}/entities/${entity.id}`;
  const engineName = view.engine ? ANSWER_ENGINE_LABELS[view.engine] : null;

  return (
    <div className="space-y-6">
      <PageHeader
        title={entity.name}
        description={
          <>
            {KIND_LABELS[entity.kind]} · {entity.isUs ? <Badge tone="indigo">us</Badge> : <Badge tone="amber">competitor</Badge>}
            {entity.caseSensitive && (
              <>
                {' '}
                <Badge>exact</Badge>
              </>
            )}
            {entity.archivedAt && (
              <>
                {' '}
                <Badge>archived</Badge>
              </>
            )}
            <br />
            {entity.aliases.length === 0
              ? 'No other names.'
              : `Also matched as: ${entity.aliases.map((a) => (a.caseSensitive && !entity.caseSensitive ? `${a.text} (exact)` : a.text)).join(', ')}.`}
          </>
        }
        actions={
          <Link href={`${base}/entities`} className="text-sm font-medium text-indigo-600 hover:underline dark:text-indigo-400">
            ← All names
          </Link>
        }
      />

      {entity.archivedAt && (
        <p role="note" className="rounded-md bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">
          This name is archived: Optlens no longer looks for it, and answers re-scanned since it was archived no longer count it. It is left out of other names’ share of voice.
        </p>
      )}

      <Card>
        <PeriodFilter action={self} params={view} />
      </Card>

      {summary.answers === 0 ? (
        <EmptyState title="No answers recorded in this period">
          {engineName ? `No ${engineName} answers were asked between ${view.from} and ${view.to}. ` : `No AI answers were asked between ${view.from} and ${view.to}. `}
          Answers come from the{' '}
          <Link href={`${base}/answers`} className="text-indigo-600 hover:underline dark:text-indigo-400">
            Answers page
          </Link>
          : paste one, import a file or run a tracked prompt, then come back. Or choose a longer period above.
        </EmptyState>
      ) : (
        <>
          <Card
            title={`In ${summary.answers.toLocaleString('en-US')} ${engineName ?? 'AI'} ${summary.answers === 1 ? 'answer' : 'answers'}`}
            description="Mention rate counts answers naming it. Share of voice divides its mentions by those of every tracked name in the same answers. Visibility is the GEO score (Aggarwal et al., 2023): the words of the sentences naming it, weighted by how early they come, as a share of the answer’s words. It is averaged over every answer of the period, so an answer that does not name it counts 0."
          >
            <EntityKpis metrics={summary} />
          </Card>

          <Card
            title="Over time"
            description="Per UTC week and engine. A gap is a week without answers from that engine. Shaded: weeks when any of the workspace’s profiles was under effective training exposure (darker where all were); dots and dashed lines mark notes and opt-in changes."
          >
            <div className="space-y-8">
              <EngineTrendChart series={weekly} metric="mentionRate" entityName={entity.name} {...overlays} />
              <EngineTrendChart series={weekly} metric="avgVisibility" entityName={entity.name} {...overlays} />
            </div>
          </Card>

          <Card
            title="Share of voice"
            description={`Every tracked name’s mentions as a share of all of them in these answers. Ours together: ${formatRate(voice.usShare)}; competitors: ${formatRate(voice.competitorShare)}.`}
          >
            {voice.totalMentions === 0 ? (
              <p className="text-sm italic text-zinc-500">No tracked name is mentioned in these answers.</p>
            ) : (
              <ShareOfVoiceChart items={voice.items} currentId={entity.id} />
            )}
          </Card>

          <Card title="Per engine">
            <EngineTable rows={engines} />
          </Card>

          <Card title="Cited sources" description="The URLs the engines cited, most cited first. “Ours” points to one of our domains or LinkedIn posts.">
            <CitationsTable
              report={citations}
              entityName={entity.name}
              cited={view.cited}
              switchHref={`${self}${periodQuery(view, { cited: view.cited === 'entity' ? 'all' : undefined })}`}
            />
          </Card>
        </>
      )}
    </div>
  );
}
