import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';

/**
 * AUTH_SECRET signs session cookies. Production must set it (next.config.js refuses to start
 * without); in development one is generated once and kept in the data folder, so sessions
 * survive restarts without any set-up.
 */
export function authSecret(): string {
  const config = env();
  if (config.AUTH_SECRET) return config.AUTH_SECRET;
  if (config.NODE_ENV === 'production') {
    throw new Error('AUTH_SECRET is not set. Production needs a fixed secret: generate one with `openssl rand -base64 32`.');
  }
  const file = path.resolve(config.OPTLENS_DATA_DIR, 'auth-secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString('base64url');
    try {
      writeFileSync(file, secret, { flag: 'wx', mode: 0o600 });
      return secret;
    } catch {
      return readFileSync(file, 'utf8').trim(); // another worker wrote it first
    }
  }
}
