import Link from 'next/link';
import { Field, SelectField } from '@/app/_components/form';
import { buttonClass } from '@/app/_components/ui';
import { RANGE_LABELS, RANGE_PRESETS } from '@/lib/dashboard';
import { DEFAULT_LAG_DAYS } from '@/lib/opt-in-test';
import { MAX_LAG_DAYS } from './params';

/** A plain GET form: the test's scope is in the URL, so a result can be bookmarked and shared. */
export function TestFilters({
  action,
  preset,
  from,
  to,
  profileId,
  lagDays,
  profiles,
}: {
  action: string;
  preset: string;
  /** First and last day shown, YYYY-MM-DD (both included). */
  from: string;
  to: string;
  profileId: string | null;
  lagDays: number;
  profiles: { id: string; name: string }[];
}) {
  return (
    <form method="get" action={action} role="search" aria-label="Scope of the opt-in test" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_1fr_1.4fr_0.8fr_auto] lg:items-end">
      <SelectField name="range" label="Range" options={RANGE_PRESETS.map((p) => ({ value: p, label: RANGE_LABELS[p] }))} defaultValue={preset} />
      <Field name="from" label="From (custom)" type="date" defaultValue={from} />
      <Field name="to" label="To (custom, included)" type="date" defaultValue={to} />
      <SelectField
        name="profile"
        label="Profile"
        options={[{ value: '', label: profiles.length > 1 ? 'Whole team (adds the team comparison)' : 'Whole workspace' }, ...profiles.map((p) => ({ value: p.id, label: p.name }))]}
        defaultValue={profileId ?? ''}
      />
      <Field name="lag" label="Lag (days)" type="number" min={0} max={MAX_LAG_DAYS} step={1} inputMode="numeric" defaultValue={String(lagDays)} />
      <div className="flex gap-2">
        <button type="submit" className={buttonClass('primary')}>
          Run test
        </button>
        <Link href={action} className={buttonClass('ghost')}>
          Reset
        </Link>
      </div>
      <p className="text-xs text-zinc-500 sm:col-span-2 lg:col-span-6">
        Dates are UTC days; the custom days apply when Range is “Custom”. The lag (0–{MAX_LAG_DAYS}, default {DEFAULT_LAG_DAYS}) compares each AI answer with the exposure that many days
        before it was asked.
      </p>
    </form>
  );
}
