import { setTimeout as delay } from 'node:timers/promises';

export const DEFAULT_BASE_DELAY_MS = 1_000;
export const DEFAULT_MAX_DELAY_MS = 30_000;

/**
 * The wait before retry number `retry` (1 for the first retry): "full jitter", a uniform
 * random time in [0, min(cap, base·2^(retry-1))]. Spreading retries at random keeps many
 * probe runs that failed together (a provider outage) from hammering it again in lockstep.
 * https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/
 */
export function backoffDelay(retry: number, baseDelayMs: number, maxDelayMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}

/**
 * How long the engine asked us to wait, in ms, or null. Reads OpenAI's `retry-after-ms`
 * first (finer-grained), then the standard `Retry-After`: seconds, or an HTTP date.
 */
export function retryAfterMs(headers: Headers, now: number = Date.now()): number | null {
  const ms = headers.get('retry-after-ms');
  if (ms && /^\s*\d+(\.\d+)?\s*$/.test(ms)) return Math.ceil(Number(ms));
  const value = headers.get('retry-after')?.trim();
  if (!value) return null;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.ceil(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/**
 * Waits `ms`, but gives up at once, throwing the abort reason, when the caller's signal
 * fires: a cancelled run must not sit out a 30-second backoff.
 */
export async function waitFor(ms: number, signal: AbortSignal | undefined, sleep?: (ms: number) => Promise<void>): Promise<void> {
  signal?.throwIfAborted();
  if (!sleep) {
    // Node rejects with its own AbortError; callers get the signal's reason, as everywhere else.
    await delay(ms, undefined, { signal }).catch((error: unknown) => {
      throw signal?.aborted ? signal.reason : error;
    });
    return;
  }
  if (!signal) {
    await sleep(ms);
    return;
  }
  let onAbort = (): void => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    await Promise.race([sleep(ms), aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}
