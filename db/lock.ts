import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// PGlite is an in-process database: two processes writing one data folder corrupt it.
// A lock file with the owner's pid makes the second process refuse with a clear message.

interface LockInfo {
  pid: number;
  owner: string;
  since: string;
}

export class DataDirLockedError extends Error {
  constructor(dir: string, info: LockInfo) {
    super(
      `The embedded database in ${dir} is in use by ${info.owner} (pid ${info.pid}, since ${info.since}). ` +
        'Stop that process first, or set DATABASE_URL to a PostgreSQL server that several processes can share.',
    );
    this.name = 'DataDirLockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireDataDirLock(dir: string, owner: string): () => void {
  const file = path.join(dir, 'optlens.lock');
  const info: LockInfo = { pid: process.pid, owner, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, JSON.stringify(info), { flag: 'wx' });
      const release = () => rmSync(file, { force: true });
      process.once('exit', release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let held: LockInfo | undefined;
      try {
        held = JSON.parse(readFileSync(file, 'utf8')) as LockInfo;
      } catch {
        held = undefined; // unreadable: a crash mid-write; treat as stale
      }
      if (held && held.pid === process.pid) return () => rmSync(file, { force: true });
      if (held && isAlive(held.pid)) throw new DataDirLockedError(dir, held);
      rmSync(file, { force: true }); // stale lock of a process that died
    }
  }
  throw new Error(`Could not take the lock on ${file}`);
}
