import argon2 from 'argon2';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 256;

// argon2id with the library's defaults (64 MiB, t=3, p=4): above OWASP's minimum.
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (!hash) {
    // Spend the same time as a real check, so response times do not reveal which emails exist.
    await argon2.hash(password, { type: argon2.argon2id });
    return false;
  }
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}
