import 'server-only';
import { getDb, type Db } from '@/db/client';
import { requireMember, userPrincipal, type Access } from '@/lib/auth/access';
import type { Permission } from '@/lib/auth/permissions';
import { sessionUser } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';
import { errorResponse } from './respond';

/**
 * Route handlers that the app's own pages call with the session cookie (uploads that stream
 * progress back, which server actions cannot). Same door as everything else; the Origin
 * check stops other sites from posting with the user's cookie.
 */
export function sessionRoute(
  permission: Permission,
  handler: (ctx: { db: Db; access: Access; request: Request }) => Promise<Response>,
) {
  return async (request: Request, context: { params: Promise<{ workspace: string }> }): Promise<Response> => {
    try {
      const origin = request.headers.get('origin');
      const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
      if (origin && host && originHost(origin) !== host) throw new AppError('forbidden', 'Cross-site requests are not allowed.');
      const user = await sessionUser();
      if (!user) throw new AppError('unauthorized', 'Your session has ended. Sign in again.');
      const db = await getDb();
      const { workspace } = await context.params;
      const access = await requireMember(db, userPrincipal(user), { slug: workspace }, permission);
      return await handler({ db, access, request });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** The host of an Origin header; `null` (sandboxed frames, some redirects) or garbage matches nothing. */
function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
