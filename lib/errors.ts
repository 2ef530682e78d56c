// One error type for every expected failure, mapped to an HTTP status in one place. Pages
// turn not_found/forbidden into their pages, the API into the JSON error shape, and server
// actions into an inline message.

export const ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  rate_limited: 429,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export class RateLimitedError extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('rate_limited', message, { retryAfterSeconds });
  }
}

// Not-found never says whether the thing exists elsewhere: the same message for "no such
// workspace" and "a workspace you are not a member of".
export const notFound = (what = 'Not found') => new AppError('not_found', what);
export const forbidden = (message = 'Your role does not allow this.') => new AppError('forbidden', message);
export const conflict = (message: string) => new AppError('conflict', message);
export const badRequest = (message: string, details?: unknown) => new AppError('bad_request', message, details);
