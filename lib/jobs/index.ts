// Background work: probe runs, scheduled prompts and re-scans of answers. The truth is in the
// database (probe_runs rows, prompts' next_run_at, answers' scanned_version); a queue only
// says "look now". With PostgreSQL that is pg-boss on the same database, so several app
// servers share the work; on the embedded database, an in-process loop (lib/jobs/in-process.ts).
// Lost or duplicated notices are harmless: the scheduler's tick finds what is waiting, and a
// run is claimed by exactly one worker (lib/probes/runs.ts claimRun).

export interface JobQueue {
  readonly kind: 'pg-boss' | 'in-process' | 'none';
  /** Runs were queued: execute them. */
  probeRunsQueued(runIds: string[]): Promise<void>;
  /** The workspace's names changed: re-scan its answers. */
  rescanNeeded(workspaceId: string): Promise<void>;
  /** Posts were written (their privacy scan waits): run the scheduler's tick soon. */
  workWaiting(): Promise<void>;
  stop(): Promise<void>;
}

/** Where no worker runs in this process (the CLI, tests): the next tick of a server picks the work up. */
const NONE: JobQueue = {
  kind: 'none',
  probeRunsQueued: async () => {},
  rescanNeeded: async () => {},
  workWaiting: async () => {},
  stop: async () => {},
};

// On globalThis: Next's dev server reloads modules, and a second worker must not start.
const holder = globalThis as unknown as { __optlensJobs?: JobQueue };

export function jobs(): JobQueue {
  return holder.__optlensJobs ?? NONE;
}

export function setJobQueue(queue: JobQueue | undefined) {
  holder.__optlensJobs = queue;
}
