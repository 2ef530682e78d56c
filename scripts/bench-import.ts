// Prints the Shares.csv import throughput for 100,000 rows on the embedded database and,
// when DATABASE_URL is set, on that PostgreSQL server (in a fresh database it drops after);
// then the time of the posts list's queries over those 100,000 posts (median of 5 runs).
//   npm run bench:import            (PGlite, plus PostgreSQL if DATABASE_URL is set)
//   ROWS=20000 npm run bench:import
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openPglite, openPostgres, type DatabaseHandle } from '@/db/client';
import { requireMember, userPrincipal } from '@/lib/auth/access';
import { createUser } from '@/lib/auth/users';
import { runImport } from '@/lib/imports/run-import';
import { listPosts, type PostListQuery } from '@/lib/posts/list';
import { createProfile } from '@/lib/profiles/profiles';
import { createWorkspace } from '@/lib/workspaces/workspaces';

const ROWS = Number(process.env.ROWS ?? 100_000);

function sharesCsv(rows: number): string {
  const lines = ['Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility'];
  const start = Date.UTC(2024, 0, 1);
  for (let i = 0; i < rows; i++) {
    const t = start + i * 300_000; // one post every five minutes
    const id = ((BigInt(t) << 22n) + BigInt(i % 4096)).toString();
    const date = new Date(t).toISOString().slice(0, 19).replace('T', ' ');
    const text = i % 10 === 0 ? `"Post ${i}: a longer text, with a comma,\nover two lines and ""quotes"""` : `Post number ${i} about growth and reach`;
    lines.push(`${date},https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A${id},${text},,,PUBLIC`);
  }
  return lines.join('\n');
}

async function bench(label: string, handle: DatabaseHandle, file: string) {
  const { db } = handle;
  const user = await createUser(db, { email: `bench-${randomBytes(4).toString('hex')}@example.test`, password: 'benchmark-password' });
  const ws = await createWorkspace(db, { userId: user.id, label: user.email }, 'Benchmark');
  const access = await requireMember(db, userPrincipal(user), { id: ws.id }, 'data:write');
  const profile = await createProfile(db, access, { name: 'Bench', kind: 'member', region: 'US' });
  const source = { path: file, name: 'Shares.csv' };
  for (const run of ['first import', 'same file again'] as const) {
    const started = performance.now();
    const result = await runImport(db, access, { source, profileId: profile.id });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `${label.padEnd(10)} ${run.padEnd(16)} ${result.rowsRead.toLocaleString('en')} rows in ${seconds.toFixed(2)} s = ${Math.round(result.rowsRead / seconds).toLocaleString('en')} rows/s` +
        ` (added ${result.added}, unchanged ${result.skipped}, rejected ${result.rejected})`,
    );
  }
  const first = await listPosts(db, ws.id, { limit: 50 });
  let deep: string | undefined = first.nextCursor ?? undefined;
  for (let page = 0; page < 100 && deep; page++) deep = (await listPosts(db, ws.id, { limit: 50, cursor: deep })).nextCursor ?? undefined;
  const queries: [string, PostListQuery][] = [
    ['newest first, page 1', { limit: 50 }],
    ['newest first, page 102 (cursor)', { limit: 50, cursor: deep }],
    ['by impressions', { limit: 50, sort: 'impressions' }],
    ['by engagement rate, ascending', { limit: 50, sort: 'engagementRate', dir: 'asc' }],
    ['full-text "comma"', { limit: 50, q: 'comma' }],
    ['profile + date range', { limit: 50, profile: profile.id, from: '2024-03-01', to: '2024-04-01' }],
    ['exposed at publication', { limit: 50, exposure: 'exposed' }],
  ];
  for (const [name, query] of queries) {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await listPosts(db, ws.id, query);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    console.log(`${label.padEnd(10)} list: ${name.padEnd(34)} ${times[2]!.toFixed(1)} ms`);
  }
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'optlens-bench-'));
  const file = path.join(dir, 'Shares.csv');
  writeFileSync(file, sharesCsv(ROWS));
  try {
    const pglite = await openPglite(path.join(dir, 'pglite'), 'the import benchmark');
    await bench('PGlite', pglite, file);
    await pglite.close();
    const url = process.env.DATABASE_URL;
    if (url) {
      const { default: postgres } = await import('postgres');
      const name = `optlens_bench_${randomBytes(4).toString('hex')}`;
      const admin = postgres(url, { max: 1, onnotice: () => {} });
      await admin.unsafe(`create database ${name}`);
      const target = new URL(url);
      target.pathname = `/${name}`;
      try {
        const pg = await openPostgres(target.toString(), 4);
        await bench('PostgreSQL', pg, file);
        await pg.close();
      } finally {
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end();
      }
    } else {
      console.log('PostgreSQL: skipped (set DATABASE_URL to measure it too)');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
