import { Card, cell, EmptyState, formatCount, Table } from '@/app/_components/ui';
import { RecordFollowersForm } from './followers-form';

type Row = { day: string; total: number | null; newFollowers: number | null };

/** Follower counts per day: from creator analytics imports, or entered here. */
export function Followers({ workspace, profileId, rows, canEdit, today }: { workspace: string; profileId: string; rows: Row[]; canEdit: boolean; today: string }) {
  return (
    <Card title="Followers" description="Per day, newest first: totals where known, and new followers from analytics exports (they can be negative).">
      {rows.length === 0 ? (
        <EmptyState title="No follower counts yet">Import a creator analytics file{canEdit ? ', or record today’s total below' : ''}.</EmptyState>
      ) : (
        <Table caption="Followers per day" head={['Day', 'Total', 'New followers']}>
          {rows.map((r) => (
            <tr key={r.day}>
              <td className={cell}>{r.day}</td>
              <td className={`${cell} tabular-nums`}>{formatCount(r.total)}</td>
              <td className={`${cell} tabular-nums`}>{formatCount(r.newFollowers)}</td>
            </tr>
          ))}
        </Table>
      )}
      {canEdit && (
        <div className="mt-6 border-t border-zinc-200 pt-4 dark:border-zinc-800">
          <RecordFollowersForm workspace={workspace} profileId={profileId} today={today} />
        </div>
      )}
    </Card>
  );
}
