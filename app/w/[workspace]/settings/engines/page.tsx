import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { ANSWER_ENGINE_LABELS } from '@/lib/answers/engines';
import { requirePageAccess } from '@/lib/auth/guards';
import { ENGINE_PRESETS, listEngines, type PublicEngine } from '@/lib/probes/engines';
import { Badge, Card, cell, EmptyState, PageHeader, Table } from '@/app/_components/ui';
import { ArchiveEngineForm, EngineForm, TestEngineForm, type EngineValues } from './engine-forms';

export const metadata: Metadata = { title: 'AI engines' };

const PROTOCOL_LABELS = { openai: 'OpenAI-compatible', anthropic: 'Anthropic' } as const;

/** What the client form gets: named fields only, so nothing added to the row later reaches a browser by accident. */
const formValues = (e: PublicEngine): EngineValues => ({
  id: e.id,
  name: e.name,
  product: e.product,
  protocol: e.protocol,
  baseUrl: e.baseUrl,
  model: e.model,
  hasApiKey: e.hasApiKey,
  apiKeyHint: e.apiKeyHint,
  systemPrompt: e.systemPrompt,
  temperature: e.temperature,
  maxTokens: e.maxTokens,
  concurrency: e.concurrency,
  timeoutSeconds: e.timeoutSeconds,
  maxAttempts: e.maxAttempts,
});

export default async function EnginesPage({ params, searchParams }: { params: Promise<{ workspace: string }>; searchParams: Promise<{ edit?: string }> }) {
  const { workspace: slug } = await params;
  const { workspace } = await requirePageAccess(slug, 'engines:manage');
  const engines = await listEngines(await getDb(), workspace.id, { includeArchived: true });
  const { edit } = await searchParams;
  const editing = engines.find((e) => e.id === edit);
  const base = `/w/${workspace.slug}/settings/engines`;
  const presets = ENGINE_PRESETS.map((p) => ({ ...p }));
  return (
    <div className="space-y-6">
      <PageHeader
        title="AI engines"
        description={
          <>
            The AI providers and models your{' '}
            <Link href={`/w/${workspace.slug}/prompts`} className="text-indigo-600 hover:underline dark:text-indigo-400">
              tracked prompts
            </Link>{' '}
            are asked of. API keys are stored encrypted and never shown again, only their last characters.
          </>
        }
      />
      <Card title={editing ? `Edit “${editing.name}”` : 'Add an engine'}>
        <EngineForm key={editing?.id ?? 'new'} workspace={workspace.slug} engine={editing && formValues(editing)} presets={presets} />
        {editing && (
          <Link href={base} className="mt-3 inline-block text-sm text-indigo-600 hover:underline dark:text-indigo-400">
            Cancel editing
          </Link>
        )}
      </Card>
      <Card title={`Engines (${engines.filter((e) => !e.archivedAt).length})`}>
        {engines.length === 0 ? (
          <EmptyState title="No engines yet">Add one above: pick a preset, paste its API key, then test the connection.</EmptyState>
        ) : (
          <Table caption="AI engines" head={['Name', 'Counts as', 'API', 'Base URL', 'Model', 'Key', 'Limits', '']}>
            {engines.map((e) => (
              <tr key={e.id} className={e.archivedAt ? 'opacity-60' : e.id === editing?.id ? 'bg-indigo-50 dark:bg-indigo-950/40' : undefined}>
                <td className={`${cell} font-medium`}>
                  {e.name} {e.archivedAt && <Badge>archived</Badge>}
                </td>
                <td className={cell}>{ANSWER_ENGINE_LABELS[e.product]}</td>
                <td className={`${cell} whitespace-nowrap`}>{PROTOCOL_LABELS[e.protocol]}</td>
                <td className={`${cell} max-w-56 break-all font-mono text-xs`}>{e.baseUrl}</td>
                <td className={`${cell} font-mono text-xs`}>{e.model}</td>
                <td className={`${cell} whitespace-nowrap font-mono text-xs`}>{e.hasApiKey ? (e.apiKeyHint ?? 'set') : <span className="font-sans text-zinc-500">no key</span>}</td>
                <td className={`${cell} whitespace-nowrap text-xs text-zinc-600 dark:text-zinc-400`}>
                  {e.concurrency} at once · {e.timeoutSeconds} s · {e.maxAttempts} {e.maxAttempts === 1 ? 'try' : 'tries'}
                </td>
                <td className={`${cell} text-right`}>
                  <div className="flex flex-col items-end gap-1">
                    <div className="flex items-center gap-1 whitespace-nowrap">
                      <Link href={`${base}?edit=${e.id}`} className="mr-2 text-sm text-indigo-600 hover:underline dark:text-indigo-400">
                        Edit<span className="sr-only"> {e.name}</span>
                      </Link>
                      <ArchiveEngineForm workspace={workspace.slug} engineId={e.id} name={e.name} archived={!!e.archivedAt} />
                    </div>
                    <TestEngineForm workspace={workspace.slug} engineId={e.id} name={e.name} />
                  </div>
                </td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
    </div>
  );
}
