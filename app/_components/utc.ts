// Times in forms are UTC: a datetime-local field has no zone, so the server must not read
// it in its own zone. These helpers convert both ways.

const LOCAL_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;

/** A datetime-local value ("2025-03-01T09:30") read as UTC; anything else is passed through. */
export function asUtcInput(value: unknown): unknown {
  return typeof value === 'string' && LOCAL_DATETIME.test(value) ? `${value}Z` : value;
}

/** The value a datetime-local field shows for a moment, in UTC ("2025-03-01T09:30"). */
export const toDateTimeInput = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 16) : '');

/** Today's UTC day ("2026-05-07"). */
export const todayUtc = () => new Date().toISOString().slice(0, 10);
