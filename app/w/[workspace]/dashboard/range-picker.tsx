import Link from 'next/link';
import { Field, SelectField } from '@/app/_components/form';
import { buttonClass } from '@/app/_components/ui';
import { RANGE_LABELS, RANGE_PRESETS, type DateRange } from '@/lib/dashboard';
import { dashboardQuery, rangeDays } from './params';

// The dashboard's filter bar: one link per preset range (one click, and the link can be
// shared), and a plain GET form for a profile and a custom range, so the URL always says
// what is shown and it works without JavaScript.

export function RangePicker({
  action,
  range,
  profileId,
  profiles,
}: {
  action: string;
  range: DateRange;
  profileId: string | null;
  profiles: { value: string; label: string }[];
}) {
  const { first, last } = rangeDays(range);
  const presets = RANGE_PRESETS.filter((p) => p !== 'custom');
  return (
    <div className="space-y-4">
      <nav aria-label="Date range" className="flex flex-wrap gap-2">
        {presets.map((preset) => {
          const current = range.preset === preset;
          return (
            <Link
              key={preset}
              href={`${action}${dashboardQuery({ preset, from: range.from, to: range.to }, profileId)}`}
              aria-current={current ? 'true' : undefined}
              className={buttonClass(current ? 'primary' : 'secondary', 'py-1 text-xs')}
            >
              {RANGE_LABELS[preset]}
            </Link>
          );
        })}
      </nav>
      <form method="get" action={action} role="search" aria-label="Choose the profile and the date range" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[1.5fr_1fr_1fr_1fr_auto] lg:items-end">
        <SelectField name="profile" label="Profile" options={[{ value: '', label: 'All profiles' }, ...profiles]} defaultValue={profileId ?? ''} />
        <SelectField name="range" label="Range" options={RANGE_PRESETS.map((p) => ({ value: p, label: p === 'custom' ? 'Custom (the days here)' : RANGE_LABELS[p] }))} defaultValue={range.preset} />
        <Field name="from" label="From" type="date" defaultValue={first} />
        <Field name="to" label="To (included)" type="date" defaultValue={last} />
        <div className="flex gap-2">
          <button type="submit" className={buttonClass('primary')}>
            Apply
          </button>
          <Link href={action} className={buttonClass('ghost')}>
            Reset
          </Link>
        </div>
        <p className="text-xs text-zinc-500 sm:col-span-2 lg:col-span-5">
          Days are UTC, both ends included; changing them makes a custom range. Each number is compared with the period of the same length just before
          {range.previous ? ` (${rangeDays(range.previous).first} to ${rangeDays(range.previous).last})` : ' (not for all time)'}.
        </p>
      </form>
    </div>
  );
}
