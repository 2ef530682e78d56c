import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANSWERS_CSV_HEADER, parseAnswersCsv, renderAnswersTemplateSample } from '@/lib/answers/imports/answers-csv';
import type { ParsedAnswerRecord } from '@/lib/answers/imports/types';
import { ImportFileError } from '@/lib/imports/types';
import { answersOf, built, collect, collectUntilError, committed, ofKind } from './support';

let records: ParsedAnswerRecord[];

beforeAll(async () => {
  records = await collect(parseAnswersCsv(committed('answers.csv')));
});

describe('the Optlens answers template', () => {
  it('reads a multi-line quoted answer and newline-separated citations as one row', () => {
    expect(answersOf(records)[0]).toEqual({
      kind: 'answer',
      engine: 'chatgpt',
      model: 'gpt-4o',
      askedAt: new Date('2026-05-07T16:41:18Z'),
      prompt: 'Which agencies help B2B companies grow on LinkedIn?',
      answer: 'A few names come up often:\n1. **Example Growth Co**, known for "founder-led" content\n2. Sample Partners',
      citations: ['https://example.com/growth-guide', 'https://www.example.org/b2b-list'],
      externalId: expect.stringMatching(/^csv:[0-9a-f]{32}$/),
      at: { file: 'answers.csv', row: 2 },
    });
  });

  it('reads engines in any case, space-separated citations once each, and optional date and model', () => {
    expect(answersOf(records).slice(1).map((a) => [a.at.row, a.engine, a.model, a.askedAt?.toISOString() ?? null, a.citations])).toEqual([
      [3, 'perplexity', 'sonar-pro', '2026-05-08T09:30:00.000Z', ['https://example.net/tools', 'https://example.com/reach']],
      [4, 'claude', null, null, []],
    ]);
  });

  it.each([
    [6, 'engine', /^"Bard" is not an engine: use one of chatgpt, copilot, gemini, perplexity, claude, other\.$/],
    [7, 'citations', /^"not-a-link", "ftp:\/\/example\.com\/file" are not links/],
    [8, 'asked_at', /^"not a date" is not a date/],
    [9, 'prompt', /^prompt is empty\.$/],
  ])('rejects row %i with an error naming column %s', (row, column, message) => {
    const errors = ofKind(records, 'error').filter((e) => e.at.row === row);
    expect(errors).toEqual([{ kind: 'error', message: expect.stringMatching(message), at: { file: 'answers.csv', row, column } }]);
    expect(answersOf(records).some((a) => a.at.row === row)).toBe(false);
  });

  it('skips blank lines and reports nothing else', () => {
    expect(records).toHaveLength(3 + 4);
  });

  it('gives a row the same identity on every import, and different rows different ones', async () => {
    const again = answersOf(await collect(parseAnswersCsv(committed('answers.csv'))));
    expect(again.map((a) => a.externalId)).toEqual(answersOf(records).map((a) => a.externalId));
    expect(new Set(again.map((a) => a.externalId)).size).toBe(again.length);
  });

  it('reads a European Excel file: BOM, `;` separator, CRLF, day-first dates, an extra column', async () => {
    const read = await collect(parseAnswersCsv(await built('answers-semicolon-bom-crlf.csv')));
    expect(ofKind(read, 'notice').map((n) => n.message)).toEqual(['Columns not imported: Notes.']);
    expect(answersOf(read).map((a) => [a.engine, a.askedAt?.toISOString() ?? null, a.answer, a.citations])).toEqual([
      ['chatgpt', '2026-05-07T16:41:00.000Z', 'Zum Beispiel:\n- Beispiel GmbH; bekannt für Inhalte\n- Muster AG', ['https://example.de/agenturen']],
      ['copilot', '2026-05-08T00:00:00.000Z', 'Siehe "Muster AG"', []],
    ]);
  });

  it('refuses a CSV without the template header', async () => {
    const { error } = await collectUntilError(parseAnswersCsv(await built('not-answers.csv')));
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as Error).message).toContain(ANSWERS_CSV_HEADER);
  });

  it('reads back its own downloadable sample without an error', async () => {
    const sample = renderAnswersTemplateSample();
    expect(sample.startsWith(`${ANSWERS_CSV_HEADER}\r\n`)).toBe(true);
    const file = path.join(tmpdir(), `optlens-answers-sample-${process.pid}.csv`);
    await writeFile(file, sample);
    const read = await collect(parseAnswersCsv({ path: file, name: 'optlens-answers.csv' }));
    expect(read.map((r) => r.kind)).toEqual(['answer', 'answer', 'answer']);
    expect(answersOf(read).map((a) => a.engine)).toEqual(['chatgpt', 'perplexity', 'claude']);
  });
});
