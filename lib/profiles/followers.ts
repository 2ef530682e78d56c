import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { calendarDaySchema } from '@/lib/dates';
import type { Db } from '@/db/client';
import { followerCounts } from '@/db/schema';
import type { Access } from '@/lib/auth/access';
import { getProfile } from './profiles';

export const followerCountInputSchema = z.object({
  day: calendarDaySchema(),
  total: z.coerce.number({ message: 'Enter the number of followers.' }).int('Use a whole number.').min(0, 'Cannot be negative.').max(1e9),
});

/** Records a profile's follower total on a day (one row per day: a second entry updates it). */
export async function recordFollowerCount(db: Db, access: Access, profileId: string, input: z.input<typeof followerCountInputSchema>) {
  const { day, total } = followerCountInputSchema.parse(input);
  await getProfile(db, access.workspace.id, profileId);
  await db
    .insert(followerCounts)
    .values({ profileId, workspaceId: access.workspace.id, day, total })
    .onConflictDoUpdate({ target: [followerCounts.profileId, followerCounts.day], set: { total: sql`excluded.total` } });
}

/** The newest days first: totals where known, and new followers per day from analytics exports. */
export function listFollowerCounts(db: Db, workspaceId: string, profileId: string, limit = 30) {
  return db
    .select({ day: followerCounts.day, total: followerCounts.total, newFollowers: followerCounts.newFollowers })
    .from(followerCounts)
    .where(and(eq(followerCounts.workspaceId, workspaceId), eq(followerCounts.profileId, profileId)))
    .orderBy(desc(followerCounts.day))
    .limit(limit);
}
