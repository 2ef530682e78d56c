'use client';

import { FieldFrame, FieldNotes, inputClass, useField } from './form';

// More field kinds for ActionForm (./form.tsx), with the same label, hint and error wiring.

export function TextareaField({
  name,
  label,
  hint,
  ...rest
}: { name: string; label: string; hint?: string } & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, 'name'>) {
  const { id, error, control } = useField(name, hint);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <textarea className={inputClass} {...control} {...rest} />
    </FieldFrame>
  );
}

/** A checkbox: checked sends "on", unchecked sends nothing (a server-side boolean reads absence as false). */
export function CheckboxField({ name, label, hint, defaultChecked }: { name: string; label: string; hint?: string; defaultChecked?: boolean }) {
  const { id, error, control } = useField(name, hint);
  return (
    <div className="flex items-start gap-2">
      <input type="checkbox" defaultChecked={defaultChecked} className="mt-0.5 size-4 rounded border-zinc-300 accent-indigo-600 dark:border-zinc-700" {...control} />
      <div>
        <label htmlFor={id} className="text-sm font-medium">
          {label}
        </label>
        <FieldNotes id={id} hint={hint} error={error} className="" />
      </div>
    </div>
  );
}
