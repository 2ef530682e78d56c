import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb, type Db } from '@/db/client';
import { ANSWER_ENGINE_LABELS, ANSWER_ENGINES } from '@/lib/answers/engines';
import { answerListQuerySchema, listAnswers } from '@/lib/answers/list';
import { requirePageAccess } from '@/lib/auth/guards';
import { can } from '@/lib/auth/permissions';
import { listEntities } from '@/lib/entities/entities';
import { AppError } from '@/lib/errors';
import { listPrompts } from '@/lib/probes/prompts';
import { ButtonLink, Card, EmptyState, PageHeader } from '@/app/_components/ui';
import { truncate } from './answer-display';
import { AnswerFilters } from './answer-filters';
import { AnswerList } from './answer-list';
import { listQuery, readListParams, type ListKey, type ListParams } from './list-params';

export const metadata: Metadata = { title: 'AI answers' };

const PAGE_SIZE = 25;
const link = 'text-indigo-600 hover:underline dark:text-indigo-400';

/**
 * One page of answers; a filter or cursor the list refuses is dropped and said, not a crash.
 * A name or prompt of another workspace is refused too, as the API does (not an empty list).
 */
async function loadPage(db: Db, workspaceId: string, params: ListParams, known: { entities: Set<string>; prompts: Set<string> }) {
  const notices: string[] = [];
  const used = { ...params };
  const check = answerListQuerySchema.safeParse(used);
  if (!check.success) {
    for (const issue of check.error.issues) {
      const key = issue.path[0] as ListKey;
      notices.push(`Ignored “${key}”: ${issue.message}`);
      delete used[key];
    }
  }
  if (used.entity && !known.entities.has(used.entity)) {
    notices.push('Ignored “entity”: not a name of this workspace.');
    delete used.entity;
  }
  if (used.prompt && !known.prompts.has(used.prompt)) {
    notices.push('Ignored “prompt”: not a tracked prompt of this workspace.');
    delete used.prompt;
  }
  try {
    return { page: await listAnswers(db, workspaceId, { ...used, limit: PAGE_SIZE }), notices, used };
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'bad_request' && used.cursor)) throw error;
    notices.push('That page link is no longer valid: showing the newest answers.');
    delete used.cursor;
    return { page: await listAnswers(db, workspaceId, { ...used, limit: PAGE_SIZE }), notices, used };
  }
}

export default async function AnswersPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspace: slug } = await params;
  const { workspace, role } = await requirePageAccess(slug, 'workspace:read');
  const db = await getDb();
  const [entities, prompts] = await Promise.all([listEntities(db, workspace.id, { includeArchived: true }), listPrompts(db, workspace.id, { includeArchived: true })]);
  const known = { entities: new Set(entities.map((e) => e.id)), prompts: new Set(prompts.map((p) => p.id)) };
  const { page, notices, used } = await loadPage(db, workspace.id, readListParams(await searchParams), known);
  const root = `/w/${workspace.slug}`;
  const base = `${root}/answers`;
  const filtered = (['engine', 'entity', 'prompt', 'from', 'to'] as const).some((k) => used[k]);
  const editor = can(role, 'data:write');

  return (
    <div className="space-y-6">
      <PageHeader
        title="AI answers"
        description="What AI engines answered, newest first, with every tracked name they mention highlighted: yours and your competitors’."
        actions={editor && <ButtonLink href={`${base}/new${used.prompt ? `?prompt=${used.prompt}` : ''}`}>Record an answer</ButtonLink>}
      />
      <Card>
        <AnswerFilters
          action={base}
          params={used}
          engines={ANSWER_ENGINES.map((e) => ({ value: e, label: ANSWER_ENGINE_LABELS[e] }))}
          entities={entities.map((e) => ({ value: e.id, label: `${e.name}${e.isUs ? '' : ' (competitor)'}${e.archivedAt ? ' (archived)' : ''}` }))}
          prompts={prompts.map((p) => ({ value: p.id, label: `${truncate(p.text, 70)}${p.archivedAt ? ' (archived)' : ''}` }))}
        />
      </Card>
      {notices.length > 0 && (
        <div role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">
          {notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      )}
      <Card>
        {page.items.length === 0 ? (
          filtered || used.cursor ? (
            <EmptyState title="No answers match">
              No answer fits these filters. Change them or{' '}
              <Link href={base} className={link}>
                show all answers
              </Link>
              .
            </EmptyState>
          ) : (
            <EmptyState title="No AI answers yet">
              <p>
                Answers come from three places:{' '}
                {editor ? (
                  <Link href={`${base}/new`} className={link}>
                    record one by hand
                  </Link>
                ) : (
                  'recorded by hand by an editor'
                )}
                , an{' '}
                <Link href={`${root}/imports`} className={link}>
                  import
                </Link>{' '}
                of a ChatGPT data export or the answers CSV, or{' '}
                <Link href={`${root}/prompts`} className={link}>
                  tracked prompts
                </Link>{' '}
                asked of your AI engines.
              </p>
              {entities.length === 0 && (
                <p className="mt-2">
                  Add the{' '}
                  <Link href={`${root}/entities`} className={link}>
                    names to look for
                  </Link>{' '}
                  too, so Optlens can find who each answer mentions.
                </p>
              )}
            </EmptyState>
          )
        ) : (
          <AnswerList base={root} items={page.items} />
        )}
        {(used.cursor || page.nextCursor) && (
          <nav aria-label="Pages" className="mt-4 flex gap-4 text-sm">
            {used.cursor && (
              <Link className={link} href={`${base}${listQuery(used, { cursor: undefined })}`}>
                ← Newest answers
              </Link>
            )}
            {page.nextCursor && (
              <Link className={link} href={`${base}${listQuery(used, { cursor: page.nextCursor })}`}>
                Older answers →
              </Link>
            )}
          </nav>
        )}
      </Card>
    </div>
  );
}
