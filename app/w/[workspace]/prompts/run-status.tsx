import type { ProbeRun } from '@/db/schema';
import { Badge } from '@/app/_components/ui';

// A probe run's status as a badge, shared by the prompts list and a prompt's page.

const TONES = { queued: 'neutral', running: 'indigo', succeeded: 'green', failed: 'red', cancelled: 'amber' } as const;

export function RunStatusBadge({ status }: { status: ProbeRun['status'] }) {
  return <Badge tone={TONES[status]}>{status}</Badge>;
}

export const SCHEDULE_LABELS = { manual: 'Manual', daily: 'Daily', weekly: 'Weekly' } as const;

export const SCHEDULING_NOTE =
  'Daily and weekly prompts are asked at the next scheduler tick after their time, by the app’s background worker; manual ones only when someone asks now. Every run shows on the prompt’s page.';
