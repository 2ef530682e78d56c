// A member with years of daily posts has a Shares.csv of tens of MB: it must stream, not load.
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseImport } from '@/lib/imports';

const TARGET_BYTES = 50 * 1024 * 1024;
let dir: string | undefined;

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function writeBigShares(file: string): Promise<number> {
  const out = createWriteStream(file);
  out.write('Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\r\n');
  const start = BigInt(Date.UTC(2015, 0, 1));
  let bytes = 0;
  let rows = 0;
  while (bytes < TARGET_BYTES) {
    const ms = start + BigInt(rows) * 600_000n;
    const id = (ms << 22n) | BigInt(rows % 4_000_000);
    const date = new Date(Number(ms)).toISOString().replace('T', ' ').slice(0, 19);
    const text = `"Post ${rows}: a thought, with ""quotes"" and commas.\r\nA second line that makes the post look real.\r\n\r\n#data #analytics"`;
    const line = `${date},https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A${id},${text},,,PUBLIC\r\n`;
    if (!out.write(line)) await once(out, 'drain');
    bytes += line.length;
    rows++;
  }
  out.end();
  await once(out, 'finish');
  return rows;
}

describe('a 50 MB Shares.csv', () => {
  it('streams through in bounded memory', { timeout: 120_000 }, async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'optlens-big-shares-'));
    const file = path.join(dir, 'Shares.csv');
    const rows = await writeBigShares(file);
    expect((await stat(file)).size).toBeGreaterThanOrEqual(TARGET_BYTES);

    const used = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    const baseline = used();
    let peak = baseline;
    let posts = 0;
    const { format, records } = await parseImport({ path: file, name: 'Shares.csv' });
    expect(format).toBe('linkedin-shares-csv');
    for await (const record of records) {
      if (record.kind === 'post') posts++;
      if (posts % 2_000 === 0) peak = Math.max(peak, used());
    }
    expect(posts).toBe(rows);
    // Holding the file (50 MB) or its ~200,000 records would pass this by far.
    expect(peak - baseline).toBeLessThan(80 * 1024 * 1024);
  });
});
