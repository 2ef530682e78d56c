import { anthropicFormat } from './anthropic';
import { adviceForStatus, ProbeError, providerMessageOf, redactSecret, statusName, truncate } from './errors';
import { postJson } from './http';
import { openAiFormat } from './openai';
import { backoffDelay, DEFAULT_BASE_DELAY_MS, DEFAULT_MAX_DELAY_MS, retryAfterMs, waitFor } from './retry';
import type { AskOptions, AskResult, AttemptLog, EngineConnection, EngineProtocol, ProbeAnswer } from './types';
import type { PreparedRequest, WireFormat } from './wire-format';

const FORMATS: Record<EngineProtocol, WireFormat> = { openai: openAiFormat, anthropic: anthropicFormat };

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_ATTEMPTS = 3;

/**
 * Asks one engine one prompt. Retries what may pass on its own (429, 5xx, timeouts, network
 * errors) with backoff, honouring Retry-After; gives up at once on the rest. Throws
 * ProbeError (with every attempt logged) or, when the caller's signal fires, its reason.
 */
export async function askEngine(conn: EngineConnection, prompt: string, options: AskOptions = {}): Promise<AskResult> {
  // A pasted key often carries a newline; the trimmed key is also the one redacted.
  const key = conn.apiKey?.trim() || null;
  const connection: EngineConnection = { ...conn, apiKey: key };
  const maxAttempts = Math.max(1, Math.floor(options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS));
  const baseDelayMs = options.baseDelayMs ?? DEFAULT_BASE_DELAY_MS;
  const maxDelayMs = options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS;
  const attempts: AttemptLog[] = [];

  const format = FORMATS[connection.protocol];
  let request: PreparedRequest;
  try {
    if (!format) throw new ProbeError({ kind: 'client_error', message: `Unknown engine protocol "${String(connection.protocol)}".` });
    request = format.prepare(connection, prompt); // a bad base URL fails here, before any request
  } catch (error) {
    throw error instanceof ProbeError ? finalError(error, attempts, key) : error;
  }

  for (let attempt = 1; ; attempt++) {
    options.signal?.throwIfAborted();
    const started = performance.now();
    let failure: ProbeError;
    try {
      const reply = await postJson(request, {
        fetch: options.fetch ?? fetch,
        timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        signal: options.signal,
      });
      const answer = readReply(format, reply.status, reply.headers, redactSecret(reply.body, key), connection.model);
      record(attempts, { attempt, status: reply.status, error: null, ms: elapsed(started) }, options);
      return { answer, attempts };
    } catch (error) {
      if (!(error instanceof ProbeError)) throw error; // the caller's abort, or a bug
      failure = error;
    }
    record(attempts, { attempt, status: failure.status, error: redactSecret(failure.message, key), ms: elapsed(started) }, options);
    if (!failure.retryable || attempt >= maxAttempts) throw finalError(failure, attempts, key);
    const wait = failure.retryAfterMs != null ? Math.min(failure.retryAfterMs, maxDelayMs) : backoffDelay(attempt, baseDelayMs, maxDelayMs);
    await waitFor(wait, options.signal, options.sleep);
  }
}

/** The answer of a 2xx reply, or the ProbeError an HTTP failure stands for. */
function readReply(format: WireFormat, status: number, headers: Headers, body: string, model: string): ProbeAnswer {
  if (status < 200 || status >= 300) throw httpError(status, headers, body, model);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    const start = truncate(body.trim().replace(/\s+/g, ' '), 60);
    throw new ProbeError({
      kind: 'malformed_response',
      status,
      message: `The engine's reply is not JSON${start ? ` (it starts "${start}")` : ' (it is empty)'}: check that the base URL points to the API, not a web page.`,
    });
  }
  try {
    return format.parse(json);
  } catch (error) {
    // The formats cannot know the status; put the real one on.
    if (error instanceof ProbeError) throw new ProbeError({ kind: error.kind, message: error.message, status, providerMessage: error.providerMessage });
    throw error;
  }
}

function httpError(status: number, headers: Headers, body: string, model: string): ProbeError {
  const said = providerMessageOf(body);
  const providerMessage = said ? truncate(said) : null;
  const kind = status === 429 ? 'rate_limited' : status === 408 ? 'timeout' : status >= 500 ? 'server_error' : 'client_error';
  const saying = providerMessage ? ` The engine said: "${providerMessage}"` : '';
  return new ProbeError({
    kind,
    status,
    providerMessage,
    retryAfterMs: retryAfterMs(headers),
    message: `The engine replied ${status} ${statusName(status)}: ${adviceForStatus(status, model)}${saying}`,
  });
}

/** The error the caller gets: every attempt attached, and the key gone from every word of it. */
function finalError(failure: ProbeError, attempts: AttemptLog[], key: string | null): ProbeError {
  const tries = attempts.length > 1 ? ` (gave up after ${attempts.length} attempts)` : '';
  return new ProbeError({
    kind: failure.kind,
    status: failure.status,
    message: redactSecret(failure.message, key) + tries,
    providerMessage: failure.providerMessage === null ? null : redactSecret(failure.providerMessage, key),
    retryAfterMs: failure.retryAfterMs,
    attempts: [...attempts],
  });
}

function record(attempts: AttemptLog[], log: AttemptLog, options: AskOptions): void {
  attempts.push(log);
  options.onAttempt?.(log);
}

function elapsed(started: number): number {
  return Math.round(performance.now() - started);
}
