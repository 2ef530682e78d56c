import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { findOAuthUser, userForOAuth } from '@/lib/auth/users';
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
    expect(first.created).toBe(true);
    expect(first.user).toMatchObject({ email: 'octo.cat+1@example.test', name: 'Octo Cat', passwordHash: null });
    const again = await userForOAuth(db, { ...who, email: 'changed@example.test' });
    expect(again).toMatchObject({ created: false, user: { id: first.user.id } });
    expect((await findOAuthUser(db, who.provider, who.providerAccountId))?.id).toBe(first.user.id);
  });

  it('links to an existing account with the same verified email and clears its never-verified password', async () => {
    const existing = await makeUser('linked');
    const { user, created } = await userForOAuth(await getDb(), identity({ email: existing.email }));
    expect(created).toBe(false);
    expect(user.id).toBe(existing.id);
    const [stored] = await (await getDb()).select().from(users).where(eq(users.id, existing.id));
    // Whoever set that password never proved they own the address the provider just vouched for.
    expect(stored!.passwordHash).toBeNull();
  });

  it('refuses an email the provider has not verified, and takes over nothing', async () => {
    const existing = await makeUser('guarded');
    await expect(userForOAuth(await getDb(), identity({ provider: 'google', email: existing.email, emailVerified: false }))).rejects.toMatchObject({
      reason: 'unverified_email',
    });
    await expect(userForOAuth(await getDb(), identity({ emailVerified: false }))).rejects.toMatchObject({ reason: 'unverified_email' });
    const [stored] = await (await getDb()).select().from(users).where(eq(users.id, existing.id));
    expect(stored!.passwordHash).not.toBeNull();
  });

  it('refuses a provider that shares no email address', async () => {
    await expect(userForOAuth(await getDb(), identity({ email: null }))).rejects.toMatchObject({ reason: 'no_email' });
  });
});
