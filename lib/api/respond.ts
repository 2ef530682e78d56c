import { ZodError } from 'zod';
import { AppError, RateLimitedError, type ErrorCode } from '@/lib/errors';

/** The API's one error shape: `{ "error": { "code", "message", "details"? } }`. */
export function apiError(status: number, code: ErrorCode | 'internal', message: string, details?: unknown, headers?: HeadersInit) {
  return Response.json({ error: details === undefined ? { code, message } : { code, message, details } }, { status, headers });
}

export function errorResponse(error: unknown): Response {
  if (error instanceof RateLimitedError) {
    return apiError(429, 'rate_limited', error.message, undefined, { 'Retry-After': String(error.retryAfterSeconds) });
  }
  if (error instanceof AppError) return apiError(error.status, error.code, error.message, apiDetails(error.details));
  if (error instanceof ZodError) {
    const details = error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    return apiError(400, 'bad_request', 'The request is not valid.', details);
  }
  console.error('Unhandled API error', error);
  return apiError(500, 'internal', 'Something went wrong on our side. It has been logged.');
}

/** Field errors from lib (`{ fieldErrors: { url: [...] } }`) take the same list shape as validation errors. */
function apiDetails(details: unknown): unknown {
  const fieldErrors = (details as { fieldErrors?: Record<string, string[]> } | undefined)?.fieldErrors;
  if (!fieldErrors) return details;
  return Object.entries(fieldErrors).flatMap(([path, messages]) => messages.map((message) => ({ path, message })));
}
