import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// A stand-in for an AI engine's HTTP API on 127.0.0.1: each request gets the next scripted
// reply (the last one repeats), and every request is recorded for assertions.

export type ScriptedReply =
  | { status?: number; headers?: Record<string, string>; json: unknown }
  | { status?: number; headers?: Record<string, string>; text: string }
  /** Never answers: for timeouts. */
  | { hang: true };

export interface ReceivedRequest {
  method: string;
  /** Path and query, e.g. `/v1/chat/completions`. */
  url: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

export interface EngineServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  requests: ReceivedRequest[];
  /** Replaces the script; replies are used in order, the last one for every request after. */
  script(...replies: ScriptedReply[]): void;
  close(): Promise<void>;
}

export async function startEngineServer(): Promise<EngineServer> {
  let replies: ScriptedReply[] = [];
  const requests: ReceivedRequest[] = [];

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown = raw;
      try {
        body = JSON.parse(raw);
      } catch {
        // kept as text
      }
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const reply = replies.length > 1 ? replies.shift() : replies[0];
      if (!reply || 'hang' in reply) return;
      const text = 'json' in reply ? JSON.stringify(reply.json) : reply.text;
      res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
      res.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    script(...next) {
      replies = next;
      requests.length = 0;
    },
    close() {
      server.closeAllConnections(); // hung requests would otherwise keep it open
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** A sleep that records the waits instead of waiting. */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; delays: number[] } {
  const delays: number[] = [];
  return { delays, sleep: async (ms) => void delays.push(ms) };
}

export const openAiReply = (content: unknown, extra: Record<string, unknown> = {}) => ({
  id: 'chatcmpl-1',
  object: 'chat.completion',
  model: 'gpt-4o-2024-08-06',
  choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
  usage: { prompt_tokens: 12, completion_tokens: 34, total_tokens: 46 },
  ...extra,
});

export const anthropicReply = (content: unknown[], extra: Record<string, unknown> = {}) => ({
  id: 'msg_1',
  type: 'message',
  role: 'assistant',
  model: 'claude-sonnet-4-20250514',
  content,
  stop_reason: 'end_turn',
  usage: { input_tokens: 21, output_tokens: 43 },
  ...extra,
});
