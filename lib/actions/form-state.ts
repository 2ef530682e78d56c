import { ZodError } from 'zod';
import { AppError, type ErrorCode } from '@/lib/errors';

/** What every form's server action returns, for useActionState to show inline. */
export type FormState<T = unknown> =
  | { status: 'idle' }
  | { status: 'ok'; message?: string; data?: T }
  | { status: 'error'; code: ErrorCode | 'internal'; message: string; fieldErrors?: Record<string, string[]> };

export const idle: FormState = { status: 'idle' };

/** Turns a thrown error into the form's error state; unexpected errors are logged, not shown. */
export function toFormError(error: unknown): Extract<FormState, { status: 'error' }> {
  if (error instanceof ZodError) {
    const fieldErrors: Record<string, string[]> = {};
    const formErrors: string[] = [];
    for (const issue of error.issues) {
      if (issue.path.length) (fieldErrors[issue.path.join('.')] ??= []).push(issue.message);
      else formErrors.push(issue.message);
    }
    // Issues without a field (or on a hidden one) still reach the person, in the form's message.
    const message = formErrors.length ? formErrors.join(' ') : 'Please correct the highlighted fields.';
    return { status: 'error', code: 'bad_request', message, fieldErrors };
  }
  if (error instanceof AppError) {
    return { status: 'error', code: error.code, message: error.message, fieldErrors: fieldErrorsOf(error.details) };
  }
  console.error('Unhandled action error', error);
  return { status: 'error', code: 'internal', message: 'Something went wrong on our side. Please try again.' };
}

/** An AppError's details as field errors: `{ fieldErrors }`, or the API's `[{ path, message }]` list. */
function fieldErrorsOf(details: unknown): Record<string, string[]> | undefined {
  if (Array.isArray(details)) {
    const fieldErrors: Record<string, string[]> = {};
    for (const item of details) {
      if (item && typeof item.path === 'string' && typeof item.message === 'string') (fieldErrors[item.path] ??= []).push(item.message);
    }
    return Object.keys(fieldErrors).length ? fieldErrors : undefined;
  }
  return (details as { fieldErrors?: Record<string, string[]> } | undefined)?.fieldErrors;
}
