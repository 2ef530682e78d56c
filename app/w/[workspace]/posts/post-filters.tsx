import Link from 'next/link';
import { Field, SelectField } from '@/app/_components/form';
import { buttonClass } from '@/app/_components/ui';
import type { ListParams } from './list-params';

const EXPOSURE_OPTIONS = [
  { value: '', label: 'Any' },
  { value: 'exposed', label: 'Exposed at publication' },
  { value: 'not_exposed', label: 'Not exposed at publication' },
  { value: 'ever_exposed', label: 'Ever exposed' },
];

/** A plain GET form: applying filters changes the URL, so the view can be shared. */
export function PostFilters({ action, params, profiles }: { action: string; params: ListParams; profiles: { value: string; label: string }[] }) {
  return (
    <form method="get" action={action} role="search" aria-label="Filter posts" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[1.5fr_1fr_1fr_1fr_1fr_auto] lg:items-end">
      <Field name="q" label="Search text" type="search" defaultValue={params.q} placeholder="words in the post" maxLength={200} />
      <SelectField name="profile" label="Profile" options={[{ value: '', label: 'All profiles' }, ...profiles]} defaultValue={params.profile ?? ''} />
      <Field name="from" label="Published from" type="date" defaultValue={params.from} />
      <Field name="to" label="Published before" type="date" defaultValue={params.to} />
      <SelectField name="exposure" label="Training exposure" options={EXPOSURE_OPTIONS} defaultValue={params.exposure ?? ''} />
      {params.sort && <input type="hidden" name="sort" value={params.sort} />}
      {params.dir && <input type="hidden" name="dir" value={params.dir} />}
      <div className="flex gap-2">
        <button type="submit" className={buttonClass('primary')}>
          Apply
        </button>
        <Link href={action} className={buttonClass('ghost')}>
          Reset
        </Link>
      </div>
      <p className="text-xs text-zinc-500 sm:col-span-2 lg:col-span-6">Dates are UTC days; “before” excludes that day. Search finds whole words in the post’s text and shared link.</p>
    </form>
  );
}
