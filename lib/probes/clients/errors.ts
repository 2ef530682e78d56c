import { STATUS_CODES } from 'node:http';
import type { AttemptLog } from './types';

export type ProbeErrorKind =
  | 'timeout'
  | 'rate_limited'
  | 'server_error'
  /** 4xx other than 429: a bad key (401/403), an unknown model (404), a rejected request (400). */
  | 'client_error'
  | 'network'
  | 'malformed_response'
  /** The engine answered, with nothing: a definite answer, so not retried. */
  | 'empty_answer';

const RETRYABLE: ReadonlySet<ProbeErrorKind> = new Set(['timeout', 'rate_limited', 'server_error', 'network']);

export interface ProbeErrorInit {
  kind: ProbeErrorKind;
  message: string;
  status?: number | null;
  /** The provider's own words (`error.message`), redacted and truncated. */
  providerMessage?: string | null;
  /** How long the engine asked us to wait (Retry-After), in ms. */
  retryAfterMs?: number | null;
  attempts?: AttemptLog[];
}

/** Why asking an engine failed, in words a workspace admin can act on. Never holds the API key. */
export class ProbeError extends Error {
  readonly kind: ProbeErrorKind;
  readonly status: number | null;
  readonly retryable: boolean;
  readonly providerMessage: string | null;
  readonly retryAfterMs: number | null;
  readonly attempts: AttemptLog[];

  constructor(init: ProbeErrorInit) {
    super(init.message);
    this.name = 'ProbeError';
    this.kind = init.kind;
    this.status = init.status ?? null;
    this.retryable = RETRYABLE.has(init.kind);
    this.providerMessage = init.providerMessage ?? null;
    this.retryAfterMs = init.retryAfterMs ?? null;
    this.attempts = init.attempts ?? [];
  }
}

const PROVIDER_MESSAGE_MAX = 300;

/**
 * The provider's error message from a reply body. OpenAI and Anthropic both say
 * `{ error: { message } }`; Gemini's OpenAI layer wraps that in an array; some proxies say
 * `{ message }`, `{ detail }` or `{ error: "text" }`. Anything else: the raw body, cut short.
 */
export function providerMessageOf(body: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    const text = body.trim();
    return text ? text.replace(/\s+/g, ' ') : null;
  }
  const root = Array.isArray(parsed) ? parsed[0] : parsed;
  if (!isRecord(root)) return null;
  const error = root.error;
  if (typeof error === 'string') return error;
  if (isRecord(error) && typeof error.message === 'string') return error.message;
  if (typeof root.message === 'string') return root.message;
  if (typeof root.detail === 'string') return root.detail;
  return null;
}

/**
 * Removes the key from any text bound for a message or a log: a server may echo it back
 * ("Incorrect API key provided: sk-…"). Redact before truncating, or a cut could leave half a key.
 */
export function redactSecret(text: string, secret: string | null | undefined): string {
  if (!secret || secret.length < 4) return text;
  return text.split(secret).join('[redacted]');
}

export function truncate(text: string, max = PROVIDER_MESSAGE_MAX): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

export function statusName(status: number): string {
  if (status === 529) return 'Overloaded'; // Anthropic's own
  return STATUS_CODES[status] ?? 'Error';
}

/** What a given HTTP failure means for the person configuring the engine. */
export function adviceForStatus(status: number, model: string): string {
  switch (status) {
    case 400:
      return 'the engine rejected the request: check the model name and options (temperature, max tokens).';
    case 401:
      return 'check the API key.';
    case 402:
      return "check the account's billing or credits.";
    case 403:
      return "the API key is not allowed to use this model or endpoint: check the key's permissions, project and region.";
    case 404:
      return `check the base URL and that the model "${truncate(model, 100)}" exists for this key.`;
    case 408:
      return 'the engine gave up waiting for the request; it will be tried again.';
    case 413:
      return 'the prompt is too long for this engine.';
    case 429:
      return "rate limit or quota reached: wait, lower the engine's concurrency, or check the plan's quota.";
    case 529:
      return "the provider is overloaded; try again later.";
    default:
      return status >= 500 ? "a problem on the provider's side; try again later." : 'check the engine settings.';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
