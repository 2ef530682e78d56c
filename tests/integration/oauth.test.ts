import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { userForOAuth } from '@/lib/auth/users';
import { AppError } from '@/lib/errors';
import { makeUser, unique } from '../support/fixtures';

const identity = (over: Partial<Parameters<typeof userForOAuth>[1]> = {}) => ({
  provider: 'github',
  providerAccountId: unique('gh'),
  email: `${unique('oauth')}@example.test`,
  emailVerified: true,
  name: 'Octo Cat',
  ...over,
});

describe('signing in with an OAuth provider', () => {
  it('creates a user without a password the first time, and finds the same user the next time', async () => {
    const db = await getDb();
    const who = identity({ email: 'Octo.Cat+1@Example.test' });
    const first = await userForOAuth(db, who);
    expect(first).toMatchObject({ email: 'octo.cat+1@example.test', name: 'Octo Cat', passwordHash: null });
    expect((await userForOAuth(db, { ...who, email: 'changed@example.test' })).id).toBe(first.id);
  });

  it('links to an existing account with the same email when the provider has verified it', async () => {
    const existing = await makeUser('linked');
    const user = await userForOAuth(await getDb(), identity({ email: existing.email, emailVerified: true }));
    expect(user.id).toBe(existing.id);
  });

  it('refuses to take over an existing account when the provider has not verified the email', async () => {
    const existing = await makeUser('guarded');
    await expect(userForOAuth(await getDb(), identity({ provider: 'google', email: existing.email, emailVerified: false }))).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('refuses a provider that shares no email address', async () => {
    await expect(userForOAuth(await getDb(), identity({ email: null }))).rejects.toBeInstanceOf(AppError);
  });
});
