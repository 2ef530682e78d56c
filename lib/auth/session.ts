import 'server-only';
import { cache } from 'react';
import { getDb } from '@/db/client';
import type { User } from '@/db/schema';
import { auth } from './nextauth';
import { findUserById } from './users';

/**
 * The signed-in user, or null. Read from the database (not only the cookie), so a deleted
 * user's still-valid cookie signs no one in. Cached per request.
 */
export const sessionUser = cache(async (): Promise<User | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return (await findUserById(await getDb(), id)) ?? null;
});
