// A heavy ChatGPT user's conversations.json runs to hundreds of MB on a single line: it must
// stream one conversation at a time, never load.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAnswerImport } from '@/lib/answers/imports';
import { writeLargeExport } from '@/tests/fixtures/answers/build';

const TARGET_BYTES = 50 * 1024 * 1024;
const MB = 1024 * 1024;
let dir: string | undefined;

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a 50 MB single-line conversations.json', () => {
  it('streams through in bounded memory', { timeout: 180_000 }, async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'optlens-big-chatgpt-'));
    const file = path.join(dir, 'conversations.json');
    const expected = await writeLargeExport(file, TARGET_BYTES);
    expect((await stat(file)).size).toBeGreaterThanOrEqual(TARGET_BYTES);

    const used = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    const baseline = used();
    let peak = baseline;
    let answers = 0;
    let abandoned = 0;
    let other = 0;
    const started = performance.now();
    const { format, records } = await parseAnswerImport({ path: file, name: 'conversations.json' });
    expect(format).toBe('chatgpt-export');
    for await (const record of records) {
      if (record.kind !== 'answer') other++;
      else {
        answers++;
        if (record.answer.includes('abandoned')) abandoned++;
        if (answers % 1_000 === 0) peak = Math.max(peak, used());
      }
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `ChatGPT export: ${(expected.bytes / MB).toFixed(1)} MB, ${expected.conversations} conversations, ${answers} answers in ${seconds.toFixed(2)} s ` +
        `(${Math.round(answers / seconds)} answers/s, ${(expected.bytes / MB / seconds).toFixed(1)} MB/s); ` +
        `peak heap + buffers ${((peak - baseline) / MB).toFixed(1)} MB above the ${(baseline / MB).toFixed(1)} MB baseline`,
    );
    expect(answers).toBe(expected.answers);
    expect(abandoned).toBe(0);
    expect(other).toBe(0);
    // Holding the file (a 50 MB string) or its parsed conversations (several times that) would pass this by far.
    expect(peak - baseline).toBeLessThan(80 * MB);
  });
});
