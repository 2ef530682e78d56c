import Link from 'next/link';
import { Field, SelectField } from '@/app/_components/form';
import { buttonClass } from '@/app/_components/ui';
import { ANSWER_ENGINE_LABELS, ANSWER_ENGINES } from '@/lib/answers/engines';
import { DEFAULT_DAYS, type PeriodParams } from './period-params';

const ENGINE_OPTIONS = [{ value: '', label: 'All engines' }, ...ANSWER_ENGINES.map((e) => ({ value: e, label: ANSWER_ENGINE_LABELS[e] }))];

/** A plain GET form: the period is in the URL, so the view can be shared. */
export function PeriodFilter({ action, params }: { action: string; params: PeriodParams }) {
  return (
    <form method="get" action={action} role="search" aria-label="Choose the period" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_1fr_auto] lg:items-end">
      <Field name="from" label="Answers asked from" type="date" defaultValue={params.from} required />
      <Field name="to" label="Asked before" type="date" defaultValue={params.to} required />
      <SelectField name="engine" label="Engine" options={ENGINE_OPTIONS} defaultValue={params.engine ?? ''} />
      {params.cited === 'all' && <input type="hidden" name="cited" value="all" />}
      <div className="flex gap-2">
        <button type="submit" className={buttonClass('primary')}>
          Apply
        </button>
        <Link href={action} className={buttonClass('ghost')}>
          Last {DEFAULT_DAYS} days
        </Link>
      </div>
      <p className="text-xs text-zinc-500 sm:col-span-2 lg:col-span-4">Dates are UTC days; “before” excludes that day. Weeks in the chart run Monday to Sunday, UTC.</p>
      {params.notes.length > 0 && (
        <ul role="status" className="space-y-1 text-sm text-amber-800 sm:col-span-2 lg:col-span-4 dark:text-amber-300">
          {params.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </form>
  );
}
