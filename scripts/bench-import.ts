// Prints the Shares.csv import throughput for 100,000 rows on the embedded database and,
// when DATABASE_URL is set, on that PostgreSQL server (in a fresh database it drops after).
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
