import 'server-only';
import { forbidden, notFound, redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import type { User } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { requireMember, userPrincipal, type Access } from './access';
import type { Permission } from './permissions';
import { sessionUser } from './session';

export { userPrincipal };

/** For server actions: the signed-in user, or an error the form shows. */
export async function requireSessionUser(): Promise<User> {
  const user = await sessionUser();
  if (!user) throw new AppError('unauthorized', 'Your session has ended. Sign in again.');
  return user;
}

/** Pages that need a signed-in user: anyone else goes to the sign-in page and comes back. */
export async function requireUser(returnTo?: string): Promise<User> {
  const user = await sessionUser();
  if (!user) redirect(returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}` : '/sign-in');
  return user;
}

/**
 * The pages' side of the authorization door: 404 for a workspace the user is not in,
 * 403 (the forbidden page) for a role too low.
 */
export async function requirePageAccess(slug: string, permission: Permission): Promise<Access & { user: User }> {
  const user = await requireUser(`/w/${slug}`);
  try {
    const access = await requireMember(await getDb(), userPrincipal(user), { slug }, permission);
    return { ...access, user };
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') notFound();
    if (error instanceof AppError && error.code === 'forbidden') forbidden();
    throw error;
  }
}
