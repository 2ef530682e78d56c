'use client';

import { createContext, useActionState, useContext, useEffect, useId, useRef, useTransition, type ReactNode } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { buttonClass, type ButtonVariant } from './ui';

// Accessible forms on top of server actions: every field has a label, its error is linked
// with aria-describedby and announced; the form-level message is a live region.

type Action<T> = (state: FormState<T>, formData: FormData) => Promise<FormState<T>>;

const StateContext = createContext<FormState>({ status: 'idle' });
const PendingContext = createContext(false);

export function ActionForm<T>({
  action,
  hidden = {},
  children,
  className = 'space-y-4',
  successMessage,
  renderResult,
  resetOnSuccess = true,
  'aria-label': ariaLabel,
}: {
  action: Action<T>;
  hidden?: Record<string, string>;
  children: ReactNode;
  className?: string;
  successMessage?: string;
  renderResult?: (data: T) => ReactNode;
  /** Clear the fields after a successful submission (off for forms that edit a record). */
  resetOnSuccess?: boolean;
  'aria-label'?: string;
}) {
  const [state, formAction] = useActionState(action, { status: 'idle' });
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === 'ok' && resetOnSuccess) formRef.current?.reset();
  }, [state, resetOnSuccess]);
  return (
    <StateContext.Provider value={state as FormState}>
      <PendingContext.Provider value={pending}>
        <form
          ref={formRef}
          // `action` keeps the form working without JavaScript. With JavaScript, submitting
          // through onSubmit stops React from clearing every field after each submission, so
          // a rejected form keeps what the user typed.
          action={formAction}
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            startTransition(() => formAction(data));
          }}
          className={className}
          aria-label={ariaLabel}
          aria-busy={pending}
          noValidate
        >
          {Object.entries(hidden).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {children}
          <FormMessage successMessage={successMessage} />
        </form>
        {state.status === 'ok' && renderResult && state.data !== undefined && renderResult(state.data as T)}
      </PendingContext.Provider>
    </StateContext.Provider>
  );
}

function FormMessage({ successMessage }: { successMessage?: string }) {
  const state = useContext(StateContext);
  if (state.status === 'error') {
    return (
      <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
        {state.message}
      </p>
    );
  }
  if (state.status === 'ok' && (state.message ?? successMessage)) {
    return (
      <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800 dark:bg-green-950 dark:text-green-200">
        {state.message ?? successMessage}
      </p>
    );
  }
  return null;
}

export const inputClass =
  'block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm shadow-sm placeholder:text-zinc-400 focus:border-indigo-500 aria-[invalid=true]:border-red-500 dark:border-zinc-700 dark:bg-zinc-950';

/** The server's message for one field, if the last submission was rejected. */
export function useFieldError(name: string) {
  const state = useContext(StateContext);
  return state.status === 'error' ? state.fieldErrors?.[name]?.join(' ') : undefined;
}

/** The id, error and aria attributes every field of a form needs. */
export function useField(name: string, hint?: string) {
  const id = useId();
  const error = useFieldError(name);
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return { id, error, control: { id, name, 'aria-invalid': !!error, 'aria-describedby': describedBy } };
}

/** A field's hint and error lines, with the ids its control points at. */
export function FieldNotes({ id, hint, error, className = 'mt-1' }: { id: string; hint?: string; error?: string; className?: string }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className={`${className} text-xs text-zinc-500 dark:text-zinc-400`}>
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className={`${className} text-xs text-red-700 dark:text-red-300`}>
          {error}
        </p>
      )}
    </>
  );
}

/** Label above, control, then hint and error: the layout of every text-like field. */
export function FieldFrame({ id, label, hint, error, hideLabel = false, children }: { id: string; label: string; hint?: string; error?: string; hideLabel?: boolean; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className={hideLabel ? 'sr-only' : 'mb-1 block text-sm font-medium'}>
        {label}
      </label>
      {children}
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

export function Field({
  name,
  label,
  hint,
  type = 'text',
  ...rest
}: { name: string; label: string; hint?: string; type?: string } & Omit<React.InputHTMLAttributes<HTMLInputElement>, 'name' | 'type'>) {
  const { id, error, control } = useField(name, hint);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input type={type} className={inputClass} {...control} {...rest} />
    </FieldFrame>
  );
}

export function SelectField({
  name,
  label,
  options,
  defaultValue,
  hideLabel = false,
  hint,
}: {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  defaultValue?: string;
  hideLabel?: boolean;
  hint?: string;
}) {
  const { id, error, control } = useField(name, hint);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} hideLabel={hideLabel}>
      <select defaultValue={defaultValue} className={inputClass} {...control}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function SubmitButton({ children, variant = 'primary', pendingLabel }: { children: ReactNode; variant?: ButtonVariant; pendingLabel?: string }) {
  const pending = useContext(PendingContext);
  return (
    <button type="submit" className={buttonClass(variant)} disabled={pending} aria-disabled={pending}>
      {pending ? (pendingLabel ?? 'Working…') : children}
    </button>
  );
}
