// Next.js calls register() once when a server starts (never during `next build`). It starts
// the background worker: probe runs, scheduled prompts, re-scans (lib/jobs). In the
// background: a slow database start must not hold up the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startJobs } = await import('./lib/jobs/start');
  startJobs().catch((error) => console.error('Optlens: the background worker did not start', error));
}
