import Link from 'next/link';
import { Field, SelectField } from '@/app/_components/form';
import { buttonClass } from '@/app/_components/ui';
import type { ListParams } from './list-params';

type Options = { value: string; label: string }[];

/** A plain GET form: applying filters changes the URL, so the view can be shared. */
export function AnswerFilters({ action, params, engines, entities, prompts }: { action: string; params: ListParams; engines: Options; entities: Options; prompts: Options }) {
  return (
    <form method="get" action={action} role="search" aria-label="Filter answers" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_1.5fr_1fr_1fr_auto] lg:items-end">
      <SelectField name="engine" label="Engine" options={[{ value: '', label: 'All engines' }, ...engines]} defaultValue={params.engine ?? ''} />
      <SelectField name="entity" label="Mentions" options={[{ value: '', label: 'Any name' }, ...entities]} defaultValue={params.entity ?? ''} />
      <SelectField name="prompt" label="Tracked prompt" options={[{ value: '', label: 'Any question' }, ...prompts]} defaultValue={params.prompt ?? ''} />
      <Field name="from" label="Asked from" type="date" defaultValue={params.from} />
      <Field name="to" label="Asked before" type="date" defaultValue={params.to} />
      <div className="flex gap-2">
        <button type="submit" className={buttonClass('primary')}>
          Apply
        </button>
        <Link href={action} className={buttonClass('ghost')}>
          Reset
        </Link>
      </div>
      <p className="text-xs text-zinc-500 sm:col-span-2 lg:col-span-6">Dates are UTC days; “before” excludes that day. “Mentions” keeps the answers that name it.</p>
    </form>
  );
}
