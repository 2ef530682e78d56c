import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { askEngine, type EngineConnection } from '@/lib/probes/clients';
import { anthropicReply, startEngineServer, type EngineServer } from './engine-server';

let server: EngineServer;
beforeAll(async () => {
  server = await startEngineServer();
});
afterAll(() => server.close());
beforeEach(() => server.script({ json: anthropicReply([{ type: 'text', text: 'Acme is a good choice.' }]) }));

const connection = (overrides: Partial<EngineConnection> = {}): EngineConnection => ({
  protocol: 'anthropic',
  baseUrl: `${server.origin}/v1/`,
  model: 'claude-sonnet-4-20250514',
  apiKey: 'sk-ant-test-key-123456',
  ...overrides,
});

describe('Anthropic requests', () => {
  it('post to {baseUrl}/messages with x-api-key, anthropic-version and a default max_tokens', async () => {
    const { answer } = await askEngine(connection(), 'Which CRM is best?');

    expect(answer).toEqual({
      text: 'Acme is a good choice.',
      model: 'claude-sonnet-4-20250514',
      citations: [],
      usage: { inputTokens: 21, outputTokens: 43 },
      finishReason: 'end_turn',
    });
    const [request] = server.requests;
    expect(request?.url).toBe('/v1/messages');
    expect(request?.headers['x-api-key']).toBe('sk-ant-test-key-123456');
    expect(request?.headers['anthropic-version']).toBe('2023-06-01');
    expect(request?.headers.authorization).toBeUndefined();
    expect(request?.body).toEqual({
      model: 'claude-sonnet-4-20250514',
      max_tokens: 1024,
      messages: [{ role: 'user', content: 'Which CRM is best?' }],
    });
  });

  it('send the system prompt, temperature and max tokens when set', async () => {
    await askEngine(connection({ systemPrompt: 'Answer briefly.', temperature: 0.2, maxTokens: 2000 }), 'q');
    expect(server.requests[0]?.body).toEqual({
      model: 'claude-sonnet-4-20250514',
      max_tokens: 2000,
      messages: [{ role: 'user', content: 'q' }],
      system: 'Answer briefly.',
      temperature: 0.2,
    });
  });

  it('send no x-api-key when there is no key', async () => {
    await askEngine(connection({ apiKey: null }), 'q');
    expect(server.requests[0]?.headers['x-api-key']).toBeUndefined();
  });
});

describe('Anthropic answers', () => {
  it('join text blocks and collect cited URLs, then searched ones, each once', async () => {
    server.script({
      json: anthropicReply([
        { type: 'server_tool_use', id: 'srvtoolu_1', name: 'web_search', input: { query: 'best crm' } },
        {
          type: 'web_search_tool_result',
          tool_use_id: 'srvtoolu_1',
          content: [
            { type: 'web_search_result', url: 'https://beta.example/review', title: 'Beta', encrypted_content: 'x' },
            { type: 'web_search_result', url: 'https://acme.example/', title: 'Acme', encrypted_content: 'y' },
          ],
        },
        { type: 'text', text: 'Based on reviews, ' },
        {
          type: 'text',
          text: 'Acme leads',
          citations: [{ type: 'web_search_result_location', url: 'https://acme.example/', title: 'Acme', cited_text: '…' }],
        },
        { type: 'text', text: '.' },
      ]),
    });
    const { answer } = await askEngine(connection(), 'q');
    expect(answer.text).toBe('Based on reviews, Acme leads.');
    expect(answer.citations).toEqual(['https://acme.example/', 'https://beta.example/review']);
  });

  it('tolerate a web search error block', async () => {
    server.script({
      json: anthropicReply([
        { type: 'web_search_tool_result', tool_use_id: 's', content: { type: 'web_search_tool_result_error', error_code: 'max_uses_exceeded' } },
        { type: 'text', text: 'Acme.' },
      ]),
    });
    const { answer } = await askEngine(connection(), 'q');
    expect(answer).toMatchObject({ text: 'Acme.', citations: [] });
  });

  it('report an empty answer with its stop reason', async () => {
    server.script({ json: anthropicReply([{ type: 'thinking', thinking: '…' }], { stop_reason: 'max_tokens' }) });
    const error = await askEngine(connection(), 'q').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'empty_answer', retryable: false, status: 200 });
    expect((error as Error).message).toMatch(/max_tokens.*raise max tokens/);
  });

  it('read the overloaded error (529) as a retryable server error', async () => {
    server.script({ status: 529, json: { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } } });
    const error = await askEngine(connection(), 'q', { maxAttempts: 2, sleep: async () => {} }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'server_error', status: 529, retryable: true, providerMessage: 'Overloaded' });
    expect((error as Error).message).toMatch(/^The engine replied 529 Overloaded: .*The engine said: "Overloaded" \(gave up after 2 attempts\)$/);
    expect(server.requests).toHaveLength(2);
  });
});
