import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectAnswerFormat, parseAnswerImport } from '@/lib/answers/imports';
import { ImportFileError } from '@/lib/imports/types';
import { answersOf, built, collect, committed } from './support';

describe('telling an answers file from its content', () => {
  it.each([
    ['conversations.json', false, 'chatgpt-export'],
    ['conversations-one-line.json', true, 'chatgpt-export'],
    ['conversations-bom-crlf.json', true, 'chatgpt-export'],
    ['conversations-empty.json', true, 'chatgpt-export'],
    ['chatgpt-export.zip', true, 'chatgpt-export'],
    ['chatgpt-export-sharded.zip', true, 'chatgpt-export'],
    ['answers.csv', false, 'optlens-answers-csv'],
    ['answers-semicolon-bom-crlf.csv', true, 'optlens-answers-csv'],
  ])('%s is read as %s', async (name, isBuilt, format) => {
    const source = isBuilt ? await built(name) : committed(name);
    expect(await detectAnswerFormat({ ...source, name: 'upload.bin' })).toBe(format);
  });

  it.each([
    ['claude-conversations.json', /Claude's export/],
    ['conversations-object.json', /It is JSON, but not a list of ChatGPT conversations/],
    ['not-answers.csv', /is not a file Optlens can import answers from/],
    ['chatgpt-export-without-conversations.zip', /a zip without conversations\.json/],
  ])('refuses %s, saying why', async (name, message) => {
    await expect(detectAnswerFormat(await built(name))).rejects.toThrow(ImportFileError);
    await expect(detectAnswerFormat(await built(name))).rejects.toThrow(message);
  });

  it('refuses an empty file', async () => {
    const file = path.join(tmpdir(), `optlens-empty-${process.pid}.json`);
    await writeFile(file, '');
    await expect(detectAnswerFormat({ path: file, name: 'empty.json' })).rejects.toThrow(/empty\.json is empty/);
  });

  it('hands each format to its parser', async () => {
    const zip = await parseAnswerImport(await built('chatgpt-export.zip'));
    expect(zip.format).toBe('chatgpt-export');
    expect(answersOf(await collect(zip.records))).toHaveLength(6);
    const csv = await parseAnswerImport(committed('answers.csv'));
    expect(csv.format).toBe('optlens-answers-csv');
    expect(answersOf(await collect(csv.records))).toHaveLength(3);
  });
});
