import { z } from 'zod';
import { apiRoute } from '@/lib/api/route';
import { kpis, parseRange } from '@/lib/dashboard';
import { isoDay } from '@/lib/dashboard/range';
import { calendarDaySchema } from '@/lib/dates';
import { badRequest } from '@/lib/errors';
import { DEFAULT_LAG_DAYS, runOptInTest } from '@/lib/opt-in-test';
import { getProfile } from '@/lib/profiles/profiles';
import { blankToUndefined } from '@/lib/blank';

// GET /api/v1/analytics/summary (DESIGN.md "The HTTP API"): for a range and optionally one
// profile, reach and AI visibility (mention rate, share of voice…) of the range and of the
// period of the same length just before it, and the opt-in test's result.

const DAY = 86_400_000;

const summaryQuerySchema = z
  .object({
    from: z.preprocess(blankToUndefined, calendarDaySchema('from must be a day like 2026-05-07.').optional()),
    to: z.preprocess(blankToUndefined, calendarDaySchema('to must be a day like 2026-05-07 (it is included).').optional()),
    profile: z.preprocess(blankToUndefined, z.string().trim().optional()),
    lag: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^\d{1,3}$/, 'lag must be a whole number of days from 0 to 365.')
        .transform(Number)
        .refine((n) => n <= 365, 'lag must be a whole number of days from 0 to 365.')
        .default(DEFAULT_LAG_DAYS),
    ),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'to must be on or after from.', path: ['to'] });

/** Both days included; a missing end is today, a missing start 30 days before the end. */
function daysOf(query: { from?: string; to?: string }, today = new Date()) {
  const to = query.to ?? isoDay(today);
  const from = query.from ?? isoDay(new Date(Date.parse(`${to}T00:00:00Z`) - 29 * DAY));
  return { from, to };
}

export const GET = apiRoute('workspace:read', async ({ db, access, request }) => {
  const query = summaryQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const days = daysOf(query);
  if (days.from > days.to) throw badRequest('The request is not valid.', { fieldErrors: { from: ['from is after today, the default end: give to as well.'] } });
  const profileId = query.profile ? (await getProfile(db, access.workspace.id, query.profile)).id : null;
  const range = parseRange({ range: 'custom', ...days }, null);
  const scope = { workspaceId: access.workspace.id, profileId, from: range.from, to: range.to };
  const [current, previous, optInTest] = await Promise.all([
    kpis(db, scope),
    kpis(db, { ...scope, ...range.previous! }),
    runOptInTest(db, scope, { lagDays: query.lag, bucket: range.bucket }),
  ]);
  const inclusive = (r: { from: Date; to: Date }) => ({ from: isoDay(r.from), to: isoDay(new Date(r.to.getTime() - DAY)) });
  return Response.json({
    range: { ...inclusive(range), profile: profileId, lagDays: query.lag, previous: inclusive(range.previous!) },
    reach: { current: current.reach, previous: previous.reach },
    visibility: { current: current.visibility, previous: previous.visibility },
    optInTest,
  });
});
