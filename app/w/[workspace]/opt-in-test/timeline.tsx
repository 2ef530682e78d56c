import type { TimelineMarker } from '@/lib/annotations';
import { Badge, EmptyState } from '@/app/_components/ui';

// The range's notes and opt-in changes in order: what else happened while the numbers moved.

const KIND = { opt_in: { word: 'Opt-in', tone: 'indigo' }, opt_out: { word: 'Opt-out', tone: 'amber' }, note: { word: 'Note', tone: 'neutral' } } as const;

export function Timeline({ markers, notesHref }: { markers: TimelineMarker[]; notesHref: string }) {
  if (markers.length === 0) {
    return (
      <EmptyState title="No notes or opt-in changes in this range">
        Record when a profile turned the setting on or off on its profile page, and add <a className="text-indigo-600 underline underline-offset-2 dark:text-indigo-400" href={notesHref}>notes</a> for
        campaigns or algorithm changes: a change that coincides with exposure can explain an effect.
      </EmptyState>
    );
  }
  return (
    <ol className="space-y-2 text-sm" aria-label="Notes and opt-in changes, oldest first">
      {markers.map((m) => (
        <li key={m.id} className="flex flex-wrap items-baseline gap-2">
          <time dateTime={m.day} className="tabular-nums text-zinc-500">
            {m.day}
          </time>
          <Badge tone={KIND[m.kind].tone}>{KIND[m.kind].word}</Badge>
          <span>
            {m.label}
            {m.profileName && <span className="text-zinc-500"> · {m.profileName}</span>}
          </span>
          {m.note && <span className="w-full pl-24 text-xs text-zinc-500">{m.note}</span>}
        </li>
      ))}
    </ol>
  );
}
