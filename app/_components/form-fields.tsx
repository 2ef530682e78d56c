'use client';

import { useId } from 'react';
import { inputClass, useFieldError } from './form';

// More field kinds for ActionForm (./form.tsx), with the same label, hint and error wiring.

export function TextareaField({
  name,
  label,
  hint,
  ...rest
}: { name: string; label: string; hint?: string } & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, 'name'>) {
  const id = useId();
  const error = useFieldError(name);
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      <textarea id={id} name={name} className={inputClass} aria-invalid={!!error} aria-describedby={described} {...rest} />
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-xs text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}

/** A checkbox: checked sends "on", unchecked sends nothing (a server-side boolean reads absence as false). */
export function CheckboxField({ name, label, hint, defaultChecked }: { name: string; label: string; hint?: string; defaultChecked?: boolean }) {
  const id = useId();
  const error = useFieldError(name);
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="flex items-start gap-2">
      <input
        id={id}
        name={name}
        type="checkbox"
        defaultChecked={defaultChecked}
        className="mt-0.5 size-4 rounded border-zinc-300 accent-indigo-600 dark:border-zinc-700"
        aria-invalid={!!error}
        aria-describedby={described}
      />
      <div>
        <label htmlFor={id} className="text-sm font-medium">
          {label}
        </label>
        {hint && (
          <p id={`${id}-hint`} className="text-xs text-zinc-500 dark:text-zinc-400">
            {hint}
          </p>
        )}
        {error && (
          <p id={`${id}-error`} className="text-xs text-red-700 dark:text-red-300">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
