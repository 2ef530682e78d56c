import type { z } from 'zod';
import { ProbeError, providerMessageOf, truncate } from './errors';
import type { EngineConnection, ProbeAnswer } from './types';

export interface PreparedRequest {
  url: URL;
  headers: Record<string, string>;
  body: unknown;
}

/** One API dialect: how to ask, and how to read the reply. Pure: no I/O. */
export interface WireFormat {
  /** Named in error messages: "not a valid OpenAI-compatible response". */
  label: string;
  prepare(conn: EngineConnection, prompt: string): PreparedRequest;
  /** Reads a 2xx reply's parsed JSON; throws ProbeError `malformed_response` or `empty_answer`. */
  parse(json: unknown): ProbeAnswer;
}

/** Parses `json` with `schema`, or throws `malformed_response` naming the first problem. */
export function parseReply<T>(schema: z.ZodType<T>, json: unknown, label: string): T {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  // Some servers answer 200 with an error object; say what they said.
  const said = providerMessageOf(JSON.stringify(json) ?? '');
  const issue = parsed.error.issues[0];
  const detail = said ? `it says "${truncate(said)}"` : issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'unexpected shape';
  throw new ProbeError({
    kind: 'malformed_response',
    status: 200,
    providerMessage: said,
    message: `The engine's reply is not a valid ${label} response (${detail}): check the base URL and the protocol.`,
  });
}

/** Elements of `items` that fit `schema`; the others (block types we do not read) are skipped. */
export function itemsOf<T>(schema: z.ZodType<T>, items: readonly unknown[] | null | undefined): T[] {
  const out: T[] = [];
  for (const item of items ?? []) {
    const parsed = schema.safeParse(item);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}
