import type { listConsentTimeline } from '@/lib/consent/events';
import { ExposureBadge } from '@/app/_components/exposure';
import { Badge, cell, formatDateTime, Table } from '@/app/_components/ui';
import { DeleteConsentEventForm } from './consent-forms';

type TimelineItem = Awaited<ReturnType<typeof listConsentTimeline>>['items'][number];

const VIA = { manual: 'by hand', api: 'through the API', import: 'by an import' } as const;

function recordedBy(item: TimelineItem): string {
  const who = item.recordedByEmail ?? (item.recordedByToken ? 'an API token' : 'someone no longer here');
  return `${who}, ${VIA[item.recordedVia]}`;
}

/** The profile's recorded changes, newest first, with whether each made posts exposed. */
export function ConsentEvents({ workspace, profileId, items, canEdit }: { workspace: string; profileId: string; items: TimelineItem[]; canEdit: boolean }) {
  if (items.length === 0) return <p className="text-sm text-zinc-500">No change recorded yet.</p>;
  return (
    <Table caption="Recorded changes of the setting" head={['Set to', 'Effective at', 'Exposure after it', 'Recorded', 'Note', '']}>
      {[...items].reverse().map((item) => {
        const label = `the ${item.status.toUpperCase()} event of ${formatDateTime(item.effectiveAt)}`;
        return (
          <tr key={item.id}>
            <td className={cell}>
              <Badge tone={item.status === 'on' ? 'indigo' : 'neutral'}>{item.status.toUpperCase()}</Badge>
            </td>
            <td className={`${cell} whitespace-nowrap`}>{formatDateTime(item.effectiveAt)}</td>
            <td className={cell}>
              <ExposureBadge state={item.exposureState} />
              <div className="mt-0.5 text-xs text-zinc-500">
                {item.exposureEffective ? 'Training exposure in effect' : item.rule?.exempt ? 'No exposure: region exempt' : 'No training exposure'}
              </div>
            </td>
            <td className={`${cell} text-xs text-zinc-600 dark:text-zinc-400`}>
              {recordedBy(item)}
              <div>{formatDateTime(item.createdAt)}</div>
            </td>
            <td className={`${cell} max-w-xs whitespace-pre-wrap break-words text-xs`}>{item.note}</td>
            <td className={`${cell} text-right`}>{canEdit && <DeleteConsentEventForm workspace={workspace} profileId={profileId} eventId={item.id} label={label} />}</td>
          </tr>
        );
      })}
    </Table>
  );
}
