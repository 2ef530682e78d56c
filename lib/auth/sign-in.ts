import type { Db } from '@/db/client';
import type { User } from '@/db/schema';
import { env } from '@/lib/env';
import { RateLimitedError } from '@/lib/errors';
import { hitRateLimit, peekRateLimit, resetRateLimit } from '@/lib/rate-limit';
import { normalizeEmail } from './email';
import { verifyPassword } from './password';
import { findUserByEmail } from './users';

const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

/**
 * Checks an email and password. Failed attempts are counted per email and per client IP
 * in the database (so every app server sees them); past the limit the check refuses before
 * it even looks at the password, and says for how long.
 */
export async function checkCredentials(
  db: Db,
  input: { email: string; password: string; ip: string },
): Promise<User | null> {
  const config = env();
  const window = config.SIGNIN_FAILURE_WINDOW_MINUTES * 60;
  const email = normalizeEmail(input.email);
  const emailKey = `signin:email:${email}`;
  const ipKey = `signin:ip:${input.ip}`;

  const [byEmail, byIp] = await Promise.all([
    peekRateLimit(db, emailKey, config.SIGNIN_MAX_FAILURES_PER_EMAIL, window),
    peekRateLimit(db, ipKey, config.SIGNIN_MAX_FAILURES_PER_IP, window),
  ]);
  const blocked = !byEmail.allowed ? byEmail : !byIp.allowed ? byIp : null;
  if (blocked) {
    const who = blocked === byEmail ? 'this email address' : 'your network address';
    throw new RateLimitedError(
      `Too many failed sign-ins for ${who}. Try again in ${minutes(blocked.retryAfterSeconds)} minute(s).`,
      blocked.retryAfterSeconds,
    );
  }

  const user = email ? await findUserByEmail(db, email).catch(() => undefined) : undefined;
  if (await verifyPassword(user?.passwordHash ?? null, input.password)) {
    await resetRateLimit(db, emailKey);
    return user!;
  }
  await Promise.all([
    hitRateLimit(db, emailKey, config.SIGNIN_MAX_FAILURES_PER_EMAIL, window),
    hitRateLimit(db, ipKey, config.SIGNIN_MAX_FAILURES_PER_IP, window),
  ]);
  return null;
}
