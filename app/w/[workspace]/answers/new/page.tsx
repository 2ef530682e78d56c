import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { ANSWER_ENGINE_LABELS, ANSWER_ENGINES } from '@/lib/answers/engines';
import { MAX_ANSWER_CHARS } from '@/lib/answers/record';
import { requirePageAccess } from '@/lib/auth/guards';
import { listPrompts } from '@/lib/probes/prompts';
import { Card, PageHeader } from '@/app/_components/ui';
import { toDateTimeInput } from '@/app/_components/utc';
import { truncate } from '../answer-display';
import { RecordAnswerForm } from '../answer-form';

export const metadata: Metadata = { title: 'Record an answer' };

const link = 'text-indigo-600 hover:underline dark:text-indigo-400';

export default async function NewAnswerPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspace: slug } = await params;
  const { workspace } = await requirePageAccess(slug, 'data:write');
  const prompts = await listPrompts(await getDb(), workspace.id);
  const wanted = (await searchParams).prompt;
  const promptId = prompts.some((p) => p.id === wanted) ? (wanted as string) : undefined;
  const root = `/w/${workspace.slug}`;
  return (
    <div className="space-y-6">
      <PageHeader
        title="Record an answer"
        description={
          <>
            Paste what an AI engine answered; Optlens finds the names in it. Many at once?{' '}
            <Link href={`${root}/imports`} className={link}>
              Import
            </Link>{' '}
            a ChatGPT export or the answers CSV. ·{' '}
            <Link href={`${root}/answers`} className={link}>
              Back to answers
            </Link>
          </>
        }
      />
      <Card>
        <RecordAnswerForm
          workspace={workspace.slug}
          engines={ANSWER_ENGINES.map((e) => ({ value: e, label: ANSWER_ENGINE_LABELS[e] }))}
          prompts={prompts.map((p) => ({ value: p.id, label: truncate(p.text, 90) }))}
          promptId={promptId}
          now={toDateTimeInput(new Date())}
          maxAnswerChars={MAX_ANSWER_CHARS}
        />
      </Card>
    </div>
  );
}
