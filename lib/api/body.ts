import { AppError, badRequest } from '@/lib/errors';

/** The largest JSON body the API reads; bigger data goes through imports (multipart files). */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

const tooLarge = () => new AppError('too_large', `The request body is larger than 1 MB (${MAX_JSON_BODY_BYTES.toLocaleString('en')} bytes).`);

/**
 * Reads a request body that must be one JSON object. Counts bytes as they arrive and stops
 * at the limit, so a client that sends no Content-Length (or a false one) cannot make the
 * server buffer more than 1 MB. Every failure is a 400 or 413 that says what was wrong.
 */
export async function readJsonObject(request: Request): Promise<Record<string, unknown>> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_JSON_BODY_BYTES) throw tooLarge();

  const bytes = await readAtMost(request, MAX_JSON_BODY_BYTES);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw badRequest('The request body is not valid UTF-8 text: send JSON.');
  }
  if (!text.trim()) throw badRequest('The request body is empty: send a JSON object.');

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw badRequest(`The request body is not valid JSON (${(error as Error).message}).`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw badRequest(`The request body must be a JSON object, not ${Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`}.`);
  }
  return value as Record<string, unknown>;
}

async function readAtMost(request: Request, limit: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
