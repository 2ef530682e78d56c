// Shared by the answer-import tests: fixture paths and draining record streams.
import path from 'node:path';
import { answerFixtures, committedAnswerFixture } from '@/tests/fixtures/answers/build';
import type { ImportSource } from '@/lib/imports/types';
import type { ParsedAnswer, ParsedAnswerRecord } from '@/lib/answers/imports/types';

export const committed = (name: string): ImportSource => committedAnswerFixture(name);

/** A fixture build.ts makes (one-line JSON, zips, cut files). */
export async function built(name: string): Promise<ImportSource> {
  return { path: path.join(await answerFixtures(), name), name };
}

export async function collect(records: AsyncIterable<ParsedAnswerRecord>): Promise<ParsedAnswerRecord[]> {
  const all: ParsedAnswerRecord[] = [];
  for await (const record of records) all.push(record);
  return all;
}

/** The records read before the stream failed, and the failure. */
export async function collectUntilError(records: AsyncIterable<ParsedAnswerRecord>): Promise<{ records: ParsedAnswerRecord[]; error: unknown }> {
  const all: ParsedAnswerRecord[] = [];
  try {
    for await (const record of records) all.push(record);
  } catch (error) {
    return { records: all, error };
  }
  return { records: all, error: undefined };
}

export function ofKind<K extends ParsedAnswerRecord['kind']>(records: ParsedAnswerRecord[], kind: K): Extract<ParsedAnswerRecord, { kind: K }>[] {
  return records.filter((r): r is Extract<ParsedAnswerRecord, { kind: K }> => r.kind === kind);
}

export const answersOf = (records: ParsedAnswerRecord[]): ParsedAnswer[] => ofKind(records, 'answer');
