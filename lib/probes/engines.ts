import { and, asc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { engines, type Engine } from '@/db/schema';
import { ANSWER_ENGINES } from '@/lib/answers/engines';
import type { Access } from '@/lib/auth/access';
import { isUuid } from '@/lib/auth/access';
import { authSecret } from '@/lib/auth/auth-secret';
import { recordAudit } from '@/lib/audit';
import { openSecret, sealSecret, secretHint, SecretBoxError } from '@/lib/crypto/secret-box';
import { badRequest, notFound } from '@/lib/errors';
import { ANTHROPIC_BASE_URL, type EngineConnection } from './clients';
import { blankToUndefined } from '@/lib/blank';

// Engines: the AI providers a workspace asks its tracked prompts of. Only admins configure
// them (DESIGN.md "Bad input": base URLs are theirs to set, local servers included). The API
// key is sealed with AES-256-GCM under a key derived from the server secret and never leaves
// the server: pages get `apiKeyHint` ("…abcd") and nothing else.

export const ENGINE_PRESETS = [
  { id: 'openai', label: 'OpenAI', product: 'chatgpt', protocol: 'openai', baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini' },
  { id: 'anthropic', label: 'Anthropic', product: 'claude', protocol: 'anthropic', baseUrl: ANTHROPIC_BASE_URL, model: 'claude-sonnet-4-5' },
  { id: 'perplexity', label: 'Perplexity', product: 'perplexity', protocol: 'openai', baseUrl: 'https://api.perplexity.ai', model: 'sonar' },
  { id: 'gemini', label: 'Gemini (OpenAI endpoint)', product: 'gemini', protocol: 'openai', baseUrl: 'https://generativelanguage.googleapis.com/v1beta/openai', model: 'gemini-2.5-flash' },
  { id: 'openrouter', label: 'OpenRouter', product: 'other', protocol: 'openai', baseUrl: 'https://openrouter.ai/api/v1', model: 'openai/gpt-4o-mini' },
  { id: 'ollama', label: 'Ollama (local)', product: 'other', protocol: 'openai', baseUrl: 'http://localhost:11434/v1', model: 'llama3.1' },
] as const;

export const engineInputSchema = z.object({
  name: z.string().trim().min(1, 'Name the engine.').max(100, 'At most 100 characters.'),
  product: z.enum(ANSWER_ENGINES, { message: `Choose what its answers count as: ${ANSWER_ENGINES.join(', ')}.` }),
  protocol: z.enum(['openai', 'anthropic'], { message: 'Choose the API: OpenAI-compatible or Anthropic.' }),
  baseUrl: z
    .string()
    .trim()
    .max(500)
    .refine((url) => URL.canParse(url) && /^https?:$/.test(new URL(url).protocol), 'The base URL must be an http(s) URL, like https://api.openai.com/v1.')
    .transform((url) => url.replace(/\/+$/, '')),
  model: z.string().trim().min(1, 'Name the model, like gpt-4o-mini.').max(200),
  /** Empty on an edit keeps the stored key. */
  apiKey: z.preprocess(blankToUndefined, z.string().trim().max(1000, 'That key is too long to be an API key.').optional()),
  clearApiKey: z.boolean().default(false),
  systemPrompt: z.preprocess(blankToUndefined, z.string().trim().max(4000).optional()),
  temperature: z.preprocess(blankToUndefined, z.coerce.number().min(0, 'Temperature is between 0 and 2.').max(2, 'Temperature is between 0 and 2.').optional()),
  maxTokens: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(200_000).optional()),
  concurrency: z.preprocess(blankToUndefined, z.coerce.number().int().min(1, 'At least 1 at a time.').max(20, 'At most 20 at a time.').default(2)),
  timeoutSeconds: z.preprocess(blankToUndefined, z.coerce.number().int().min(5, 'At least 5 seconds.').max(600, 'At most 600 seconds.').default(60)),
  maxAttempts: z.preprocess(blankToUndefined, z.coerce.number().int().min(1, 'At least 1 try.').max(6, 'At most 6 tries.').default(3)),
});

export type EngineInput = z.input<typeof engineInputSchema>;

/** An engine as pages and the API may see it: the sealed key stays behind. */
export type PublicEngine = Omit<Engine, 'apiKeySealed'> & { hasApiKey: boolean };

export const publicEngine = ({ apiKeySealed, ...engine }: Engine): PublicEngine => ({ ...engine, hasApiKey: apiKeySealed !== null });

function keyFields(data: z.output<typeof engineInputSchema>) {
  if (data.clearApiKey && data.apiKey !== undefined) {
    throw badRequest('Either enter a new API key or remove the stored one, not both.', [{ path: 'apiKey', message: 'Either enter a new key or remove the stored one, not both.' }]);
  }
  if (data.clearApiKey) return { apiKeySealed: null, apiKeyHint: null };
  if (data.apiKey === undefined) return {};
  return { apiKeySealed: sealSecret(data.apiKey, authSecret()), apiKeyHint: secretHint(data.apiKey) };
}

/** What the audit log says of a change: never the key, only whether it changed. */
const auditData = (data: z.output<typeof engineInputSchema>) => ({
  name: data.name,
  baseUrl: data.baseUrl,
  model: data.model,
  apiKey: data.clearApiKey ? 'removed' : data.apiKey !== undefined ? 'set' : 'unchanged',
});

export async function createEngine(db: Db, access: Access, input: EngineInput): Promise<PublicEngine> {
  const data = engineInputSchema.parse(input);
  const { apiKey: _, clearApiKey: __, ...fields } = data;
  return db.transaction(async (tx) => {
    const [engine] = await tx
      .insert(engines)
      .values({ ...fields, workspaceId: access.workspace.id, ...keyFields(data) })
      .returning();
    await recordAudit(tx, access.workspace.id, access.actor, { action: 'engine.added', targetType: 'engine', targetId: engine!.id, data: auditData(data) });
    return publicEngine(engine!);
  });
}

export async function updateEngine(db: Db, access: Access, id: string, input: EngineInput): Promise<PublicEngine> {
  const data = engineInputSchema.parse(input);
  await getEngine(db, access.workspace.id, id);
  const { apiKey: _, clearApiKey: __, ...fields } = data;
  return db.transaction(async (tx) => {
    const [engine] = await tx
      .update(engines)
      .set({
        ...fields,
        // Optional numbers left blank mean "the provider's default", not "keep".
        systemPrompt: fields.systemPrompt ?? null,
        temperature: fields.temperature ?? null,
        maxTokens: fields.maxTokens ?? null,
        ...keyFields(data),
      })
      .where(and(eq(engines.workspaceId, access.workspace.id), eq(engines.id, id)))
      .returning();
    await recordAudit(tx, access.workspace.id, access.actor, { action: 'engine.changed', targetType: 'engine', targetId: id, data: auditData(data) });
    return publicEngine(engine!);
  });
}

export async function setEngineArchived(db: Db, access: Access, id: string, archived: boolean): Promise<void> {
  const engine = await getEngine(db, access.workspace.id, id);
  await db.transaction(async (tx) => {
    await tx
      .update(engines)
      .set({ archivedAt: archived ? new Date() : null })
      .where(and(eq(engines.workspaceId, access.workspace.id), eq(engines.id, id)));
    await recordAudit(tx, access.workspace.id, access.actor, {
      action: archived ? 'engine.archived' : 'engine.restored',
      targetType: 'engine',
      targetId: id,
      data: { name: engine.name },
    });
  });
}

export async function getEngine(db: Db, workspaceId: string, id: string): Promise<PublicEngine> {
  return publicEngine(await engineRow(db, workspaceId, id));
}

async function engineRow(db: Db, workspaceId: string, id: string): Promise<Engine> {
  if (!isUuid(id)) throw notFound('Engine not found.');
  const [engine] = await db.select().from(engines).where(and(eq(engines.workspaceId, workspaceId), eq(engines.id, id)));
  if (!engine) throw notFound('Engine not found.');
  return engine;
}

export async function listEngines(db: Db, workspaceId: string, opts: { includeArchived?: boolean } = {}): Promise<PublicEngine[]> {
  const rows = await db
    .select()
    .from(engines)
    .where(and(eq(engines.workspaceId, workspaceId), opts.includeArchived ? undefined : isNull(engines.archivedAt)))
    .orderBy(asc(engines.name));
  return rows.map(publicEngine);
}

export class EngineKeyError extends Error {}

/** The connection to ask the engine with, its key opened. Server-side only, for the probe runner. */
export async function engineConnection(db: Db, workspaceId: string, id: string): Promise<{ engine: Engine; connection: EngineConnection }> {
  const engine = await engineRow(db, workspaceId, id);
  let apiKey: string | null = null;
  if (engine.apiKeySealed !== null) {
    try {
      apiKey = openSecret(engine.apiKeySealed, authSecret());
    } catch (error) {
      if (error instanceof SecretBoxError) {
        throw new EngineKeyError(`The API key of “${engine.name}” cannot be decrypted: the server secret (AUTH_SECRET) changed since it was saved. An admin must enter the key again.`);
      }
      throw error;
    }
  }
  return {
    engine,
    connection: {
      protocol: engine.protocol,
      baseUrl: engine.baseUrl,
      model: engine.model,
      apiKey,
      systemPrompt: engine.systemPrompt,
      temperature: engine.temperature,
      maxTokens: engine.maxTokens,
    },
  };
}
