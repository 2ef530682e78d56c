import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import { env } from '@/lib/env';
import { AppError, badRequest } from '@/lib/errors';
import type { ImportSource } from './types';

export interface Upload {
  source: ImportSource;
  fields: Record<string, string>;
  /** Deletes the temporary file; call it in a finally. */
  cleanup: () => Promise<void>;
}

/**
 * Streams a multipart upload's `file` part to a temporary file, never holding it in memory,
 * and stops at IMPORT_MAX_MB with a 413 that names the limit.
 */
export async function receiveUpload(request: Request): Promise<Upload> {
  const type = request.headers.get('content-type') ?? '';
  if (!type.toLowerCase().startsWith('multipart/form-data') || !request.body) {
    throw badRequest('Send the file as multipart/form-data with a part named "file".');
  }
  const limitMb = env().IMPORT_MAX_MB;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'optlens-upload-'));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  const fields: Record<string, string> = {};
  let source: ImportSource | undefined;
  let tooLarge = false;
  const writes: Promise<void>[] = [];

  try {
    const parser = busboy({ headers: { 'content-type': type }, limits: { fileSize: limitMb * 1024 * 1024, files: 1, fields: 20, fieldSize: 10_000 } });
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('file', (name, stream, info) => {
      if (name !== 'file') {
        stream.resume();
        return;
      }
      const file = path.join(dir, randomUUID());
      source = { path: file, name: info.filename || 'upload' };
      stream.on('limit', () => {
        tooLarge = true;
      });
      writes.push(pipeline(stream, createWriteStream(file)));
    });
    await pipeline(Readable.fromWeb(request.body as import('node:stream/web').ReadableStream), parser);
    await Promise.all(writes);
  } catch (error) {
    await cleanup();
    throw badRequest(`The upload could not be read: ${(error as Error).message}`);
  }
  if (tooLarge) {
    await cleanup();
    throw new AppError('too_large', `The file is larger than the import limit of ${limitMb} MB.`);
  }
  if (!source) {
    await cleanup();
    throw badRequest('Attach the file in a form field named "file".');
  }
  return { source, fields, cleanup };
}
