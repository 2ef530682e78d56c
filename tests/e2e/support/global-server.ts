import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the `next start` server the browser tests drive, e.g. http://127.0.0.1:41234 */
    e2eBaseUrl: string;
  }
}

const root = path.resolve(import.meta.dirname, '../../..');
const nextBin = path.join(root, 'node_modules/next/dist/bin/next');
const STARTUP_TIMEOUT_MS = 60_000;

/**
 * Builds the app, starts it with `next start` on a free port against a database of its own
 * (a fresh PGlite data folder, or a fresh PostgreSQL database when DATABASE_URL is set), and
 * hands its URL to the tests. Teardown stops the server and drops what it made.
 *
 * E2E_SKIP_BUILD=1 reuses an existing `.next` build (for iterating on the tests only).
 */
export default async function setup(project: TestProject) {
  const cleanups: (() => Promise<void> | void)[] = [];
  const teardown = async () => {
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (error) {
        console.error('[e2e] teardown step failed:', error);
      }
    }
  };

  try {
    if (process.env.E2E_SKIP_BUILD && existsSync(path.join(root, '.next/BUILD_ID'))) {
      console.log('[e2e] E2E_SKIP_BUILD set: reusing the existing .next build');
    } else {
      await build();
    }

    const workDir = mkdtempSync(path.join(os.tmpdir(), 'optlens-e2e-'));
    cleanups.push(() => rmSync(workDir, { recursive: true, force: true }));

    const childEnv: NodeJS.ProcessEnv = { ...cleanEnv(), AUTH_SECRET: randomBytes(32).toString('base64'), OPTLENS_DATA_DIR: path.join(workDir, 'data') };
    if (process.env.DATABASE_URL) {
      const database = await createDatabase(process.env.DATABASE_URL);
      cleanups.push(database.drop);
      childEnv.DATABASE_URL = database.url;
    }

    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const logFile = path.join(workDir, 'server.log');
    const server = startServer(port, childEnv, logFile);
    cleanups.push(() => stopServer(server));

    try {
      await waitForHealth(baseUrl, server);
    } catch (error) {
      console.error(`[e2e] the app server did not start: ${(error as Error).message}\n----- server output -----\n${readLog(logFile)}\n-------------------------`);
      throw error;
    }
    console.log(`[e2e] app server ready at ${baseUrl} (${childEnv.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`);
    project.provide('e2eBaseUrl', baseUrl);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}

/** The environment for build and server: production mode, nothing of vitest's or of a real deployment's. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' };
  for (const key of Object.keys(env)) {
    if (key.startsWith('VITEST') || key === 'TEST') delete env[key];
  }
  // Links must point at this server, and no invitation may be emailed from a test.
  for (const key of ['DATABASE_URL', 'APP_URL', 'AUTH_URL', 'SMTP_URL', 'PORT', 'HOSTNAME']) delete env[key];
  return env;
}

function build(): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, 'build'], { cwd: root, env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) {
        console.log(`[e2e] next build done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        resolve();
      } else {
        process.stderr.write(Buffer.concat(output));
        reject(new Error(`next build failed (${signal ?? `exit code ${code}`})`));
      }
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

function startServer(port: number, env: NodeJS.ProcessEnv, logFile: string): ChildProcess {
  // Detached: the server leads a process group of its own, so teardown can stop all of it.
  const child = spawn(process.execPath, [nextBin, 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: root,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(logFile);
  child.stdout!.pipe(log, { end: false });
  child.stderr!.pipe(log, { end: false });
  if (process.env.E2E_SERVER_LOG) {
    child.stdout!.on('data', (chunk: Buffer) => process.stdout.write(`[next] ${chunk}`));
    child.stderr!.on('data', (chunk: Buffer) => process.stderr.write(`[next] ${chunk}`));
  }
  child.on('close', () => log.end());
  return child;
}

async function waitForHealth(baseUrl: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`next start exited (${server.signalCode ?? `exit code ${server.exitCode}`})`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/v1/health`, { signal: AbortSignal.timeout(15_000) });
      if (response.status === 200) return;
      last = `GET /api/v1/health answered ${response.status}: ${(await response.text()).slice(0, 300)}`;
    } catch (error) {
      last = `GET /api/v1/health failed: ${(error as Error).message}`;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out after ${STARTUP_TIMEOUT_MS / 1000} s; last: ${last}`);
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null || !server.pid) return;
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-server.pid!, signal);
    } catch {
      // the group is gone already
    }
  };
  signalGroup('SIGTERM');
  const timer = setTimeout(() => signalGroup('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
  signalGroup('SIGKILL'); // anything of the group that outlived its leader
}

/** The server's output; a long one (a failure repeated on every poll) keeps its start and end. */
function readLog(file: string): string {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // nothing written
  }
  if (!text) return '(no output)';
  const head = 8_000;
  const tail = 4_000;
  return text.length <= head + tail ? text : `${text.slice(0, head)}\n[… ${text.length - head - tail} characters left out …]\n${text.slice(-tail)}`;
}

/** A fresh, empty PostgreSQL database on the server of `url`; the app migrates it on start. */
async function createDatabase(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const { default: postgres } = await import('postgres');
  const name = `optlens_e2e_${randomBytes(4).toString('hex')}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } catch (error) {
    await admin.end();
    throw error;
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    drop: async () => {
      try {
        await admin.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await admin.end();
      }
    },
  };
}
