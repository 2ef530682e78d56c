// Shared by the import parser tests: fixture paths and draining record streams.
import path from 'node:path';
import { importFixtures } from '@/tests/fixtures/imports/build';
import type { ImportSource, ParsedRecord } from '@/lib/imports/types';

const COMMITTED = path.join(import.meta.dirname, '../../fixtures/imports');

/** A readable fixture committed beside build.ts. */
export function committed(name: string): ImportSource {
  return { path: path.join(COMMITTED, name), name };
}

/** A fixture build.ts makes (encodings, workbooks, zips). */
export async function built(name: string): Promise<ImportSource> {
  return { path: path.join(await importFixtures(), name), name };
}

export async function collect(records: AsyncIterable<ParsedRecord>): Promise<ParsedRecord[]> {
  const all: ParsedRecord[] = [];
  for await (const record of records) all.push(record);
  return all;
}

export function ofKind<K extends ParsedRecord['kind']>(records: ParsedRecord[], kind: K): Extract<ParsedRecord, { kind: K }>[] {
  return records.filter((r): r is Extract<ParsedRecord, { kind: K }> => r.kind === kind);
}
