import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askEngine, MAX_REPLY_BYTES, ProbeError, type AskOptions, type EngineConnection } from '@/lib/probes/clients';
import { openAiReply, recordingSleep, startEngineServer, type EngineServer } from './engine-server';

let server: EngineServer;
beforeAll(async () => {
  server = await startEngineServer();
});
afterAll(() => server.close());

const KEY = 'sk-secret-key-0123456789abcdef';
const connection = (overrides: Partial<EngineConnection> = {}): EngineConnection => ({
  protocol: 'openai',
  baseUrl: `${server.origin}/v1`,
  model: 'gpt-4o',
  apiKey: KEY,
  ...overrides,
});

const OK = { json: openAiReply('Acme.') };
const serverError = (status: number) => ({ status, json: { error: { message: 'The server had an error', type: 'server_error' } } });

/** The ProbeError askEngine throws (failing the test if it answers). */
async function failure(conn: EngineConnection, options: AskOptions = {}): Promise<ProbeError> {
  const error = await askEngine(conn, 'q', options).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ProbeError)) throw new Error(`expected a ProbeError, got ${String(error)}`);
  return error;
}

describe('retries', () => {
  it('wait the Retry-After seconds after a 429, then succeed', async () => {
    server.script({ status: 429, headers: { 'retry-after': '7' }, json: { error: { message: 'Rate limit reached' } } }, OK);
    const { sleep, delays } = recordingSleep();
    const logged: unknown[] = [];

    const { answer, attempts } = await askEngine(connection(), 'q', { sleep, onAttempt: (log) => logged.push(log) });

    expect(answer.text).toBe('Acme.');
    expect(delays).toEqual([7000]);
    expect(server.requests).toHaveLength(2);
    expect(attempts).toEqual([
      { attempt: 1, status: 429, error: expect.stringMatching(/^The engine replied 429 Too Many Requests: rate limit/), ms: expect.any(Number) },
      { attempt: 2, status: 200, error: null, ms: expect.any(Number) },
    ]);
    expect(logged).toEqual(attempts);
  });

  it('honour a Retry-After date, capped by maxDelayMs', async () => {
    const inAMinute = new Date(Date.now() + 60_000).toUTCString();
    server.script({ status: 429, headers: { 'retry-after': inAMinute }, json: {} }, OK);
    const { sleep, delays } = recordingSleep();
    await askEngine(connection(), 'q', { sleep, maxDelayMs: 5_000 });
    expect(delays).toEqual([5000]);
  });

  it('retry 500s with growing, jittered waits, then succeed', async () => {
    server.script(serverError(500), serverError(500), OK);
    const { sleep, delays } = recordingSleep();
    const { attempts } = await askEngine(connection(), 'q', { sleep, baseDelayMs: 100 });
    expect(attempts.map((a) => a.status)).toEqual([500, 500, 200]);
    expect(delays).toHaveLength(2);
    expect(delays[0]).toBeGreaterThanOrEqual(0);
    expect(delays[0]).toBeLessThanOrEqual(100);
    expect(delays[1]).toBeLessThanOrEqual(200);
  });

  it.each([502, 503, 504, 529])('treat %i as a retryable server error', async (status) => {
    server.script(serverError(status), OK);
    const { attempts } = await askEngine(connection(), 'q', { sleep: async () => {} });
    expect(attempts.map((a) => a.status)).toEqual([status, 200]);
  });

  it('give up with server_error after maxAttempts, every attempt logged', async () => {
    server.script(serverError(500));
    const { sleep, delays } = recordingSleep();
    const error = await failure(connection(), { sleep, maxAttempts: 3 });
    expect(error).toMatchObject({ kind: 'server_error', status: 500, retryable: true, providerMessage: 'The server had an error' });
    expect(error.message).toBe(
      'The engine replied 500 Internal Server Error: a problem on the provider\'s side; try again later. The engine said: "The server had an error" (gave up after 3 attempts)',
    );
    expect(error.attempts.map((a) => [a.attempt, a.status])).toEqual([
      [1, 500],
      [2, 500],
      [3, 500],
    ]);
    expect(delays).toHaveLength(2);
    expect(server.requests).toHaveLength(3);
  });

  it('time out an engine that never answers, after retrying', async () => {
    server.script({ hang: true });
    const started = Date.now();
    const error = await failure(connection(), { timeoutMs: 150, maxAttempts: 2, sleep: async () => {} });
    expect(error).toMatchObject({ kind: 'timeout', status: null, retryable: true });
    expect(error.message).toMatch(/^No answer within 150 ms: .* \(gave up after 2 attempts\)$/);
    expect(error.attempts).toHaveLength(2);
    expect(error.attempts[0]?.ms).toBeGreaterThanOrEqual(140);
    expect(server.requests).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('retry network errors', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));

    const error = await failure(connection({ baseUrl: `http://127.0.0.1:${port}/v1` }), { sleep: async () => {}, maxAttempts: 2 });
    expect(error).toMatchObject({ kind: 'network', status: null, retryable: true });
    expect(error.message).toMatch(/^Could not reach 127\.0\.0\.1:\d+ \(ECONNREFUSED.*\): check the base URL/);
    expect(error.attempts).toHaveLength(2);
  });
});

describe('failures that are not retried', () => {
  it('a 401: client_error naming the API key, with the echoed key redacted', async () => {
    server.script({ status: 401, json: { error: { message: `Incorrect API key provided: ${KEY}. You can find your API key at https://platform.openai.com/account/api-keys.`, code: 'invalid_api_key' } } });
    const attempts: unknown[] = [];
    const error = await failure(connection(), { onAttempt: (log) => attempts.push(log) });

    expect(error).toMatchObject({ kind: 'client_error', status: 401, retryable: false });
    expect(error.message).toMatch(/^The engine replied 401 Unauthorized: check the API key\. The engine said: "Incorrect API key provided: \[redacted\]\./);
    expect(server.requests).toHaveLength(1);
    const everything = JSON.stringify({ message: error.message, providerMessage: error.providerMessage, attempts: error.attempts, logged: attempts, stack: error.stack });
    expect(everything).not.toContain(KEY);
    expect(everything).not.toContain(KEY.slice(0, 16));
  });

  it('a key cut in half by truncation is still redacted', async () => {
    // The key straddles the 300-character cut: redaction must come first.
    server.script({ status: 403, json: { error: { message: `${'x'.repeat(290)} ${KEY} tail` } } });
    const error = await failure(connection());
    expect(error.providerMessage).toHaveLength(300);
    expect(error.providerMessage).not.toContain(KEY.slice(0, 8));
  });

  it.each([
    [400, /400 Bad Request: the engine rejected the request/],
    [403, /403 Forbidden: the API key is not allowed/],
    [404, /404 Not Found: check the base URL and that the model "gpt-4o" exists/],
  ])('a %i: client_error saying what to check', async (status, message) => {
    server.script({ status, json: { error: { message: 'nope' } } }, OK);
    const error = await failure(connection());
    expect(error).toMatchObject({ kind: 'client_error', status, retryable: false, providerMessage: 'nope' });
    expect(error.message).toMatch(message);
    expect(error.attempts).toHaveLength(1);
  });

  it('an error body in Gemini array form or plain text still gives the message', async () => {
    server.script({ status: 400, json: [{ error: { code: 400, message: 'API key not valid.', status: 'INVALID_ARGUMENT' } }] });
    expect((await failure(connection())).providerMessage).toBe('API key not valid.');
    server.script({ status: 404, text: '<html>\n  Not   here\n</html>' });
    expect((await failure(connection())).providerMessage).toBe('<html> Not here </html>');
  });

  it('malformed JSON: malformed_response', async () => {
    server.script({ text: '{not json' }, OK);
    const error = await failure(connection());
    expect(error).toMatchObject({ kind: 'malformed_response', status: 200, retryable: false });
    expect(error.message).toMatch(/not JSON \(it starts "\{not json"\)/);
    expect(server.requests).toHaveLength(1);
  });

  it('JSON of the wrong shape: malformed_response naming the problem', async () => {
    server.script({ json: { object: 'list', data: [] } });
    const error = await failure(connection());
    expect(error).toMatchObject({ kind: 'malformed_response', retryable: false });
    expect(error.message).toMatch(/not a valid OpenAI-compatible response \(choices: /);
  });

  it('a 200 carrying an error object: malformed_response quoting it', async () => {
    server.script({ json: { error: { message: 'model overloaded, try later' } } });
    const error = await failure(connection());
    expect(error).toMatchObject({ kind: 'malformed_response', providerMessage: 'model overloaded, try later' });
  });

  it.each([[''], ['  \n\t '], [null]])('an empty answer (%j): empty_answer', async (content) => {
    server.script({ json: openAiReply(content) }, OK);
    const error = await failure(connection());
    expect(error).toMatchObject({ kind: 'empty_answer', status: 200, retryable: false });
    expect(error.message).toBe('The engine returned an empty answer (finish reason: stop).');
    expect(server.requests).toHaveLength(1);
  });

  it('a reply over the size limit: malformed_response', async () => {
    server.script({ text: `{"pad":"${'x'.repeat(MAX_REPLY_BYTES)}"}` });
    const error = await failure(connection());
    expect(error).toMatchObject({ kind: 'malformed_response', retryable: false });
    expect(error.message).toMatch(/larger than 5 MB/);
  });
});

describe("the caller's signal", () => {
  it('stops a request in flight at once, without retrying', async () => {
    server.script({ hang: true });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('run cancelled')), 50);
    await expect(askEngine(connection(), 'q', { signal: controller.signal, timeoutMs: 5_000 })).rejects.toThrow('run cancelled');
    expect(server.requests).toHaveLength(1);
  });

  it('stops a backoff wait at once', async () => {
    server.script(serverError(503));
    const controller = new AbortController();
    const sleep = () => {
      controller.abort(new Error('run cancelled'));
      return new Promise<void>(() => {}); // a wait that would never end
    };
    await expect(askEngine(connection(), 'q', { signal: controller.signal, sleep })).rejects.toThrow('run cancelled');
    expect(server.requests).toHaveLength(1);
  });

  it('stops the built-in backoff wait too, with its reason', async () => {
    server.script({ status: 429, headers: { 'retry-after': '60' }, json: {} });
    const controller = new AbortController();
    const onAttempt = () => setTimeout(() => controller.abort(new Error('run cancelled')), 20);
    const started = Date.now();
    await expect(askEngine(connection(), 'q', { signal: controller.signal, maxDelayMs: 60_000, onAttempt })).rejects.toThrow(
      'run cancelled',
    );
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('already aborted: sends nothing', async () => {
    server.script(OK);
    await expect(askEngine(connection(), 'q', { signal: AbortSignal.abort(new Error('gone')) })).rejects.toThrow('gone');
    expect(server.requests).toHaveLength(0);
  });
});
