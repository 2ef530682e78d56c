import type { Db } from '@/db/client';
import { rescanWorkspace } from '@/lib/answers/scan';
import { executeProbeRun, waitingRunIds } from '@/lib/probes/runs';
import type { JobQueue } from './index';
import { schedulerTick } from './tick';

// The worker of the embedded database, where one process owns the data folder: a loop in the
// app's process. It wakes on a notice (a run was requested, names changed), when a run ends,
// and every `intervalMs` for the schedule. State is in the database, so a restart loses
// nothing: queued runs stay queued, a run cut off mid-flight is re-queued when its lease ends.

export interface InProcessOptions {
  intervalMs?: number;
  /** Runs in flight at once in this process (each engine's own limit applies too). */
  maxParallel?: number;
  onError?: (error: unknown) => void;
}

export function startInProcessQueue(db: Db, options: InProcessOptions = {}): JobQueue & { idle(): Promise<void> } {
  const { intervalMs = 30_000, maxParallel = 4, onError = (error) => console.error('Optlens background work failed', error) } = options;
  const inFlight = new Map<string, Promise<void>>();
  let pumping: Promise<void> | null = null;
  let again = false;
  // The scheduler's tick (schedules, re-scans, privacy scans, upkeep) runs when the timer fires
  // or a notice asks for it; a run that ends or is requested only needs the queue looked at.
  let tickDue = true;
  let stopped = false;

  const startRun = (runId: string) => {
    const work = executeProbeRun(db, runId)
      .then(
        (result) => {
          inFlight.delete(runId);
          // A finished run frees a slot of its engine: runs that found it busy may go now.
          // A busy one waits for that, not for a loop of retries.
          if (result !== 'busy') wake();
        },
        (error) => {
          inFlight.delete(runId);
          onError(error);
        },
      );
    inFlight.set(runId, work);
  };

  async function pump() {
    if (tickDue) {
      tickDue = false;
      const tick = await schedulerTick(db);
      for (const workspaceId of tick.rescans) await rescanWorkspace(db, workspaceId);
    }
    const waiting = await waitingRunIds(db, 100);
    for (const runId of waiting) {
      if (stopped || inFlight.size >= maxParallel) break;
      if (!inFlight.has(runId)) startRun(runId);
    }
  }

  function wake() {
    if (stopped) return;
    if (pumping) {
      again = true;
      return;
    }
    pumping = pump()
      .catch(onError)
      .finally(() => {
        pumping = null;
        if (again) {
          again = false;
          wake();
        }
      });
  }

  const tickSoon = () => {
    tickDue = true;
    wake();
  };

  const timer = setInterval(tickSoon, intervalMs);
  timer.unref();
  wake();

  return {
    kind: 'in-process',
    probeRunsQueued: async () => wake(),
    rescanNeeded: async () => tickSoon(),
    workWaiting: async () => tickSoon(),
    /** Resolves when nothing is pumping or running (tests). */
    async idle() {
      while (pumping || inFlight.size) {
        await pumping;
        await Promise.all(inFlight.values());
      }
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await pumping;
      await Promise.all(inFlight.values());
    },
  };
}
