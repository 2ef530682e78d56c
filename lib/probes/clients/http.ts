import { ProbeError } from './errors';
import type { PreparedRequest } from './wire-format';

/** A reply bigger than this is not a chat answer: refuse it rather than hold it in memory. */
export const MAX_REPLY_BYTES = 5 * 1024 * 1024;
/** Error bodies are only read for their message. */
const MAX_ERROR_BYTES = 64 * 1024;

export interface HttpReply {
  status: number;
  headers: Headers;
  body: string;
}

export interface SendOptions {
  fetch: typeof fetch;
  timeoutMs: number;
  /** The caller's: its abort is rethrown as is (its reason), never turned into a ProbeError. */
  signal: AbortSignal | undefined;
}

/**
 * One POST of JSON, body read included, within `timeoutMs`. Throws ProbeError `timeout`,
 * `network` or `malformed_response` (too large); any HTTP status is returned, not thrown.
 */
export async function postJson(request: PreparedRequest, options: SendOptions): Promise<HttpReply> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  try {
    const response = await options.fetch(request.url, {
      method: 'POST',
      headers: request.headers,
      body: JSON.stringify(request.body),
      signal,
      redirect: 'error', // a redirected POST would silently turn into a GET, or hand the key to another host
    });
    const limit = response.ok ? MAX_REPLY_BYTES : MAX_ERROR_BYTES;
    const { text, complete } = await readText(response, limit);
    if (response.ok && !complete) {
      throw new ProbeError({
        kind: 'malformed_response',
        status: response.status,
        message: `The engine's reply is larger than ${limit / 1024 / 1024} MB, too large for an answer: check the base URL.`,
      });
    }
    return { status: response.status, headers: response.headers, body: text };
  } catch (error) {
    if (error instanceof ProbeError) throw error;
    if (options.signal?.aborted) throw options.signal.reason;
    if (timeout.aborted) {
      throw new ProbeError({
        kind: 'timeout',
        message: `No answer within ${formatMs(options.timeoutMs)}: the engine is slow or unreachable; try again later or raise the timeout.`,
      });
    }
    throw new ProbeError({
      kind: 'network',
      message: `Could not reach ${request.url.host} (${networkReason(error)}): check the base URL and that the server is running.`,
    });
  }
}

/** The body as text, up to `limit` bytes; `complete` is false when there was more. */
async function readText(response: Response, limit: number): Promise<{ text: string; complete: boolean }> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel().catch(() => {});
    return { text: '', complete: false };
  }
  if (!response.body) return { text: '', complete: true };
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { text: text + decoder.decode(), complete: true };
    const room = limit - bytes;
    bytes += value.byteLength;
    if (value.byteLength > room) {
      text += decoder.decode(value.subarray(0, room));
      await reader.cancel().catch(() => {});
      return { text, complete: false };
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** undici says "fetch failed" and puts the reason (ECONNREFUSED, ENOTFOUND…) in `cause`. */
function networkReason(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause && typeof cause === 'object') {
    const code = 'code' in cause && typeof cause.code === 'string' ? cause.code : null;
    const message = 'message' in cause && typeof cause.message === 'string' ? cause.message : null;
    if (code || message) return [code, message && message !== code ? message : null].filter(Boolean).join(': ').slice(0, 200);
  }
  return error instanceof Error ? error.message.slice(0, 200) : 'unknown error';
}

function formatMs(ms: number): string {
  return ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
