import { z } from 'zod';

/** A real UTC calendar day written YYYY-MM-DD (2025-02-30 is refused, not sent to the database). */
export const isCalendarDay = (value: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

export const calendarDaySchema = (message = 'Use a real date like 2026-05-07.') => z.string().trim().refine(isCalendarDay, message);
