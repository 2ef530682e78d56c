import { createHash, randomBytes } from 'node:crypto';

/**
 * A random secret for links and API tokens, with a readable prefix (`olk_…`, `inv_…`) so a
 * leaked one is recognisable in logs and by secret scanners. 32 random bytes: a SHA-256
 * of it is safe to store (no slow hash needed for a secret nobody can guess).
 */
export function newSecret(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
