import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { rateLimits, type User } from '@/db/schema';
import { env } from '@/lib/env';
import { RateLimitedError } from '@/lib/errors';
import { hitRateLimit, resetRateLimit, type RateLimitResult } from '@/lib/rate-limit';
import { normalizeEmail } from './email';
import { verifyPassword } from './password';
import { findUserByEmail } from './users';

const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

/**
 * Checks an email and password. Every attempt is counted per email and per client IP in the
 * database (so every app server sees them) *before* the password is checked, in one atomic
 * step each: attempts sent in parallel cannot all slip under the limit. Past the limit the
 * check refuses without looking at the password, and says for how long. A success clears
 * the email's count and gives the IP its attempt back, so only failures add up.
 */
export async function checkCredentials(db: Db, input: { email: string; password: string; ip: string }): Promise<User | null> {
  const config = env();
  const window = config.SIGNIN_FAILURE_WINDOW_MINUTES * 60;
  const email = normalizeEmail(input.email);
  const emailKey = `signin:email:${email}`;
  const ipKey = `signin:ip:${input.ip}`;

  const [byEmail, byIp] = await Promise.all([
    hitRateLimit(db, emailKey, config.SIGNIN_MAX_FAILURES_PER_EMAIL, window),
    hitRateLimit(db, ipKey, config.SIGNIN_MAX_FAILURES_PER_IP, window),
  ]);
  refuseIfOver(byEmail, 'this email address');
  refuseIfOver(byIp, 'your network address');

  const user = email ? await findUserByEmail(db, email).catch(() => undefined) : undefined;
  if (!(await verifyPassword(user?.passwordHash ?? null, input.password))) return null;
  await Promise.all([
    resetRateLimit(db, emailKey),
    db.update(rateLimits).set({ count: sql`greatest(${rateLimits.count} - 1, 0)` }).where(sql`${rateLimits.key} = ${ipKey}`),
  ]);
  return user!;
}

function refuseIfOver(result: RateLimitResult, who: string) {
  if (result.allowed) return;
  throw new RateLimitedError(
    `Too many failed sign-ins for ${who}. Try again in ${minutes(result.retryAfterSeconds)} minute(s).`,
    result.retryAfterSeconds,
  );
}
