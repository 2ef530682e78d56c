import 'server-only';
import { getDb, type Db } from '@/db/client';
import { requireMember, type Access } from '@/lib/auth/access';
import { authenticateApiToken } from '@/lib/auth/api-tokens';
import type { Permission } from '@/lib/auth/permissions';
import { env } from '@/lib/env';
import { AppError, RateLimitedError } from '@/lib/errors';
import { hitRateLimit } from '@/lib/rate-limit';
import { errorResponse } from './respond';

export interface ApiContext {
  db: Db;
  access: Access;
  request: Request;
  params: Record<string, string | string[]>;
}

type RouteContext = { params: Promise<Record<string, string | string[]>> };

/**
 * Every authenticated API route has the same shape: bearer token → rate limit → the
 * authorization door with the route's permission → handler → JSON. Errors of any kind
 * leave as the API's error shape.
 */
export function apiRoute(permission: Permission, handler: (ctx: ApiContext) => Promise<Response>) {
  return async (request: Request, context?: RouteContext): Promise<Response> => {
    let rateHeaders: Record<string, string> = {};
    try {
      const db = await getDb();
      const header = request.headers.get('authorization') ?? '';
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match) throw new AppError('unauthorized', 'Send an API token as "Authorization: Bearer <token>".');
      const principal = await authenticateApiToken(db, match[1]!);
      if (!principal) throw new AppError('unauthorized', 'The API token is not valid or has been revoked.');

      const limit = env().API_RATE_LIMIT_PER_MINUTE;
      const rate = await hitRateLimit(db, `api:${principal.tokenId}`, limit, 60);
      rateHeaders = { 'X-RateLimit-Limit': String(limit), 'X-RateLimit-Remaining': String(rate.remaining) };
      if (!rate.allowed) {
        throw new RateLimitedError(`Rate limit of ${limit} requests per minute exceeded for this token.`, rate.retryAfterSeconds);
      }

      const access = await requireMember(db, principal, { id: principal.workspaceId }, permission);
      return withHeaders(await handler({ db, access, request, params: (await context?.params) ?? {} }), rateHeaders);
    } catch (error) {
      // Every response to an identified token says where it stands, errors included.
      return withHeaders(errorResponse(error), rateHeaders);
    }
  };
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
