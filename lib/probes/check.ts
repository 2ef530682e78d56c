import type { Db } from '@/db/client';
import { askEngine, ProbeError } from './clients';
import { EngineKeyError, engineConnection } from './engines';

// "Test connection" on the engines page: one small question, asked once, with the engine's
// own settings (model, system prompt, temperature, max tokens), so a setting the provider
// rejects shows up here rather than in the first scheduled run. Nothing is recorded.

export const CHECK_PROMPT = 'Reply with the single word OK.';
/** The admin waits on the page for the reply: never longer than this, whatever the engine's own timeout. */
const MAX_CHECK_TIMEOUT_MS = 30_000;
const PREVIEW_CHARS = 200;

export type EngineCheck =
  | { ok: true; model: string; ms: number; answerPreview: string }
  /** `kind`: a ProbeErrorKind, or `api_key` when the stored key cannot be decrypted (as in probe runs). */
  | { ok: false; kind: string; message: string };

/**
 * Asks the engine once. Throws not_found for an engine of another workspace; a failure of the
 * engine itself comes back as `{ ok: false }` with a message that never holds the key (the
 * client redacts it from everything the engine says).
 */
export async function checkEngine(db: Db, workspaceId: string, engineId: string): Promise<EngineCheck> {
  try {
    const { engine, connection } = await engineConnection(db, workspaceId, engineId);
    const started = performance.now();
    const { answer } = await askEngine(connection, CHECK_PROMPT, {
      maxAttempts: 1,
      timeoutMs: Math.min(engine.timeoutSeconds * 1000, MAX_CHECK_TIMEOUT_MS),
    });
    const preview = Array.from(answer.text);
    return {
      ok: true,
      model: answer.model ?? engine.model,
      ms: Math.round(performance.now() - started),
      answerPreview: preview.length > PREVIEW_CHARS ? `${preview.slice(0, PREVIEW_CHARS - 1).join('')}…` : answer.text,
    };
  } catch (error) {
    if (error instanceof ProbeError) return { ok: false, kind: error.kind, message: error.message };
    if (error instanceof EngineKeyError) return { ok: false, kind: 'api_key', message: error.message };
    throw error;
  }
}
