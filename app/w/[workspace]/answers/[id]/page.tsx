import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { currentEntitiesVersion } from '@/lib/answers/detection';
import { highlightSegments } from '@/lib/answers/highlight';
import { getAnswer } from '@/lib/answers/list';
import { requirePageAccess } from '@/lib/auth/guards';
import { orNotFound } from '@/app/_components/load';
import { Card, EmptyState, formatCount, formatDateTime, PageHeader } from '@/app/_components/ui';
import { engineLabel, entityNames, HighlightedText, HighlightLegend, SOURCE_LABELS } from '../answer-display';
import { CitationList } from './citation-list';
import { EntityTable } from './entity-table';

export const metadata: Metadata = { title: 'AI answer' };

const link = 'text-indigo-600 hover:underline dark:text-indigo-400';

export default async function AnswerPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspace: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspace: slug, id } = await params;
  const { workspace } = await requirePageAccess(slug, 'workspace:read');
  const db = await getDb();
  const [answer, version] = await Promise.all([orNotFound(getAnswer(db, workspace.id, id)), currentEntitiesVersion(db, workspace.id)]);
  const { duplicate } = await searchParams;
  const root = `/w/${workspace.slug}`;
  // Citations as detection judged them; the stored list if detection has not run yet.
  const citations = answer.citationDetails.length > 0 || answer.citations.length === 0 ? answer.citationDetails : answer.citations.map((url) => ({ url, host: null, ours: false }));

  return (
    <div className="space-y-6">
      <PageHeader
        title={`Answer from ${engineLabel(answer)}`}
        description={
          <>
            Asked <time dateTime={answer.askedAt.toISOString()}>{formatDateTime(answer.askedAt)}</time> · {SOURCE_LABELS[answer.source]}
            {answer.promptId && (
              <>
                {' '}
                ·{' '}
                <Link href={`${root}/prompts/${answer.promptId}`} className={link}>
                  tracked prompt
                </Link>
              </>
            )}
          </>
        }
        actions={
          <Link href={`${root}/answers`} className={`text-sm font-medium ${link}`}>
            ← All answers
          </Link>
        }
      />
      {duplicate && (
        <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">
          This answer was already recorded (same engine, time, question and text): nothing was added, here is the stored one.
        </p>
      )}
      {answer.scannedVersion < version && (
        <p role="status" className="rounded-md bg-zinc-100 px-3 py-2 text-sm text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
          The names to look for changed since this answer was scanned: it is being scanned again, and the highlights may change.
        </p>
      )}

      <Card title="Question">
        <p className="whitespace-pre-wrap break-words text-sm leading-relaxed">{answer.prompt}</p>
        {answer.promptText !== null && answer.promptText !== answer.prompt && (
          <p className="mt-2 text-xs text-zinc-500 dark:text-zinc-400">Tracked prompt: {answer.promptText}</p>
        )}
      </Card>

      <Card
        title="Answer"
        description={`${formatCount(answer.wordCount)} words · ${formatCount(answer.sentenceCount)} sentences · ${answer.mentions.length === 1 ? '1 mention' : `${answer.mentions.length} mentions`}`}
      >
        {answer.mentions.length > 0 && (
          <div className="mb-3">
            <HighlightLegend />
          </div>
        )}
        <div className="whitespace-pre-wrap break-words text-sm leading-relaxed" data-testid="answer-text">
          <HighlightedText segments={highlightSegments(answer.answer, answer.mentions)} names={entityNames(answer)} />
        </div>
      </Card>

      <Card title="Names in this answer" description="Rank: order of first appearance. Visibility: the GEO position-adjusted word share. Sentiment: of the sentences naming it, from −1 to +1.">
        {answer.entities.length === 0 ? (
          <EmptyState title="No tracked names found">
            None of the{' '}
            <Link href={`${root}/entities`} className={link}>
              names to look for
            </Link>{' '}
            appears in this answer.
          </EmptyState>
        ) : (
          <EntityTable base={root} entities={answer.entities} />
        )}
      </Card>

      <Card title={`Citations (${citations.length})`}>
        {citations.length === 0 ? <p className="text-sm text-zinc-500 dark:text-zinc-400">The answer cites no links.</p> : <CitationList citations={citations} />}
      </Card>
    </div>
  );
}
