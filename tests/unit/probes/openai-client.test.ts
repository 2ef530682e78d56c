import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { askEngine, ProbeError, type EngineConnection } from '@/lib/probes/clients';
import { openAiReply, startEngineServer, type EngineServer } from './engine-server';

let server: EngineServer;
beforeAll(async () => {
  server = await startEngineServer();
});
afterAll(() => server.close());
beforeEach(() => server.script({ json: openAiReply('Acme is a good choice.') }));

const connection = (overrides: Partial<EngineConnection> = {}): EngineConnection => ({
  protocol: 'openai',
  baseUrl: `${server.origin}/v1`,
  model: 'gpt-4o',
  apiKey: 'sk-test-key-123456',
  ...overrides,
});

describe('OpenAI-compatible requests', () => {
  it('post the prompt to {baseUrl}/chat/completions with a Bearer key', async () => {
    const { answer, attempts } = await askEngine(connection(), 'Which CRM is best?');

    expect(answer).toEqual({
      text: 'Acme is a good choice.',
      model: 'gpt-4o-2024-08-06',
      citations: [],
      usage: { inputTokens: 12, outputTokens: 34 },
      finishReason: 'stop',
    });
    expect(attempts).toEqual([{ attempt: 1, status: 200, error: null, ms: expect.any(Number) }]);
    const [request] = server.requests;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/v1/chat/completions');
    expect(request?.headers.authorization).toBe('Bearer sk-test-key-123456');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers['api-key']).toBeUndefined();
    expect(request?.body).toEqual({ model: 'gpt-4o', messages: [{ role: 'user', content: 'Which CRM is best?' }] });
  });

  it.each([['/v1/'], ['/v1//'], ['/v1']])('join a base URL ending in %j without doubling slashes', async (suffix) => {
    await askEngine(connection({ baseUrl: `${server.origin}${suffix}` }), 'q');
    expect(server.requests[0]?.url).toBe('/v1/chat/completions');
  });

  it('join a base URL with no path (Perplexity)', async () => {
    await askEngine(connection({ baseUrl: server.origin }), 'q');
    expect(server.requests[0]?.url).toBe('/chat/completions');
  });

  it('send no Authorization header when there is no key (Ollama)', async () => {
    await askEngine(connection({ apiKey: null }), 'q');
    await askEngine(connection({ apiKey: '  ' }), 'q');
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([undefined, undefined]);
  });

  it('trim a pasted key', async () => {
    await askEngine(connection({ apiKey: ' sk-pasted-key-000\n' }), 'q');
    expect(server.requests[0]?.headers.authorization).toBe('Bearer sk-pasted-key-000');
  });

  it('add the system prompt first, and temperature and max_tokens when set', async () => {
    await askEngine(connection({ systemPrompt: 'Answer briefly.', temperature: 0, maxTokens: 500 }), 'q');
    expect(server.requests[0]?.body).toEqual({
      model: 'gpt-4o',
      messages: [
        { role: 'system', content: 'Answer briefly.' },
        { role: 'user', content: 'q' },
      ],
      temperature: 0,
      max_tokens: 500,
    });
  });

  it('leave out null options', async () => {
    await askEngine(connection({ systemPrompt: null, temperature: null, maxTokens: null }), 'q');
    expect(server.requests[0]?.body).toEqual({ model: 'gpt-4o', messages: [{ role: 'user', content: 'q' }] });
  });
});

describe('OpenAI-compatible answers', () => {
  it('join text content parts and skip other parts', async () => {
    server.script({
      json: openAiReply([
        { type: 'text', text: 'Acme ' },
        { type: 'reference', reference_ids: [1] },
        { type: 'text', text: 'leads.' },
      ]),
    });
    const { answer } = await askEngine(connection(), 'q');
    expect(answer.text).toBe('Acme leads.');
  });

  it("collect Perplexity's citations and search results, each once, in order", async () => {
    server.script({
      json: openAiReply('Acme [1] and Beta [2].', {
        model: 'sonar-pro',
        citations: ['https://acme.example/', 'https://beta.example/review', 'not a url', 'ftp://files.example/x'],
        search_results: [
          { title: 'Beta review', url: 'https://beta.example/review' },
          { title: 'Gamma', url: 'http://gamma.example/page' },
          { title: 'no url' },
        ],
      }),
    });
    const { answer } = await askEngine(connection({ model: 'sonar-pro' }), 'q');
    expect(answer.citations).toEqual(['https://acme.example/', 'https://beta.example/review', 'http://gamma.example/page']);
    expect(answer.model).toBe('sonar-pro');
  });

  it("collect OpenAI's url_citation annotations", async () => {
    const reply = openAiReply('See Acme.');
    const message = reply.choices[0]!.message as Record<string, unknown>;
    message.annotations = [
      { type: 'url_citation', url_citation: { url: 'https://acme.example/?utm_source=openai', title: 'Acme', start_index: 4, end_index: 8 } },
      { type: 'file_citation', file_id: 'f1' },
      { type: 'url_citation', url_citation: { url: 'https://acme.example/?utm_source=openai' } },
    ];
    server.script({ json: reply });
    const { answer } = await askEngine(connection(), 'q');
    expect(answer.citations).toEqual(['https://acme.example/?utm_source=openai']);
  });

  it('take a refusal as the answer when there is no content', async () => {
    const reply = openAiReply(null);
    (reply.choices[0]!.message as Record<string, unknown>).refusal = "I can't help with that.";
    server.script({ json: reply });
    const { answer } = await askEngine(connection(), 'q');
    expect(answer.text).toBe("I can't help with that.");
  });

  it('report missing usage and model as null', async () => {
    server.script({ json: { choices: [{ message: { content: 'Hi' } }] } });
    const { answer } = await askEngine(connection(), 'q');
    expect(answer).toEqual({ text: 'Hi', model: null, citations: [], usage: { inputTokens: null, outputTokens: null }, finishReason: null });
  });
});

describe('Azure OpenAI', () => {
  // The host must end in .openai.azure.com; a fetch stand-in sends the request to the local server.
  const viaLocalServer: typeof fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    return fetch(`${server.origin}${url.pathname}${url.search}`, init);
  };

  it('sends the key as api-key, not Bearer, and keeps the api-version query', async () => {
    const conn = connection({ baseUrl: 'https://acme.openai.azure.com/openai/deployments/gpt-4o/?api-version=2024-10-21', maxTokens: 300 });
    await askEngine(conn, 'q', { fetch: viaLocalServer });
    const [request] = server.requests;
    expect(request?.url).toBe('/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21');
    expect(request?.headers['api-key']).toBe('sk-test-key-123456');
    expect(request?.headers.authorization).toBeUndefined();
    // OpenAI's own services want the newer name.
    expect(request?.body).toMatchObject({ max_completion_tokens: 300 });
  });

  it('takes the api-version from the connection', async () => {
    const conn = connection({ baseUrl: 'https://acme.openai.azure.com/openai/deployments/gpt-4o', apiVersion: '2025-01-01-preview' });
    await askEngine(conn, 'q', { fetch: viaLocalServer });
    expect(server.requests[0]?.url).toBe('/openai/deployments/gpt-4o/chat/completions?api-version=2025-01-01-preview');
  });

  it('needs no api-version on the v1 API', async () => {
    await askEngine(connection({ baseUrl: 'https://acme.openai.azure.com/openai/v1' }), 'q', { fetch: viaLocalServer });
    expect(server.requests[0]?.url).toBe('/openai/v1/chat/completions');
  });

  it('refuses a deployment URL without api-version, before sending anything', async () => {
    const conn = connection({ baseUrl: 'https://acme.openai.azure.com/openai/deployments/gpt-4o' });
    const error = await askEngine(conn, 'q', { fetch: viaLocalServer }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProbeError);
    expect(error).toMatchObject({ kind: 'client_error', retryable: false, attempts: [] });
    expect((error as Error).message).toMatch(/api-version/);
    expect(server.requests).toHaveLength(0);
  });
});

describe('bad base URLs', () => {
  it.each([['not a url'], ['ftp://example.com/v1'], ['https://user:secret@example.com/v1']])('are refused: %j', async (baseUrl) => {
    const error = await askEngine(connection({ baseUrl }), 'q').catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ProbeError', kind: 'client_error', status: null, retryable: false });
    expect(server.requests).toHaveLength(0);
  });
});
