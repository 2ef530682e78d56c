import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { oauthAccounts, users, type User } from '@/db/schema';
import { AppError, conflict } from '@/lib/errors';
import { emailSchema } from './email';
import type { OAuthIdentity } from './oauth-identity';
import { hashPassword, PASSWORD_MAX, PASSWORD_MIN } from './password';

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`);

export const signUpSchema = z.object({
  name: z.string().trim().max(120, 'At most 120 characters.').optional(),
  email: emailSchema,
  password: passwordSchema,
});

export async function findUserByEmail(db: Db, email: string): Promise<User | undefined> {
  const [user] = await db.select().from(users).where(eq(users.email, emailSchema.parse(email)));
  return user;
}

export async function findUserById(db: Db, id: string): Promise<User | undefined> {
  const [user] = await db.select().from(users).where(eq(users.id, id));
  return user;
}

export async function createUser(db: Db, input: z.input<typeof signUpSchema>): Promise<User> {
  const { name, email, password } = signUpSchema.parse(input);
  const passwordHash = await hashPassword(password);
  const [user] = await db
    .insert(users)
    .values({ email, name: name || null, passwordHash })
    .onConflictDoNothing()
    .returning();
  if (!user) throw conflict('An account with this email already exists. Sign in instead.');
  return user;
}

/** Why an OAuth sign-in was refused, for the sign-in page to explain. */
export class OAuthRefused extends AppError {
  constructor(
    readonly reason: 'no_email' | 'unverified_email',
    message: string,
  ) {
    super('conflict', message);
  }
}

export async function findOAuthUser(db: Db, provider: string, providerAccountId: string): Promise<User | undefined> {
  const [linked] = await db
    .select({ user: users })
    .from(oauthAccounts)
    .innerJoin(users, eq(users.id, oauthAccounts.userId))
    .where(and(eq(oauthAccounts.provider, provider), eq(oauthAccounts.providerAccountId, providerAccountId)));
  return linked?.user;
}

/**
 * Finds or creates the user behind an OAuth sign-in. Only an address the provider vouches
 * for is accepted, since invitations and account links trust it. An existing account with
 * that address is linked; if it has a password, the password is cleared: Optlens never
 * verified the address of a password sign-up, so whoever set that password may not own the
 * address (someone could register a victim's address first and wait for them to link it).
 */
export async function userForOAuth(db: Db, identity: OAuthIdentity): Promise<{ user: User; created: boolean }> {
  return db.transaction(async (tx) => {
    const linked = await findOAuthUser(tx, identity.provider, identity.providerAccountId);
    if (linked) return { user: linked, created: false };
    if (!identity.email) throw new OAuthRefused('no_email', `${identity.provider} did not share an email address; Optlens needs one.`);
    if (!identity.emailVerified) {
      throw new OAuthRefused('unverified_email', `${identity.provider} has not verified ${identity.email}; verify it there, or sign up with a password.`);
    }
    const email = emailSchema.parse(identity.email);
    const [existing] = await tx.select().from(users).where(eq(users.email, email));
    let user = existing;
    if (existing?.passwordHash) [user] = await tx.update(users).set({ passwordHash: null }).where(eq(users.id, existing.id)).returning();
    user ??= (await tx.insert(users).values({ email, name: identity.name ?? null }).returning())[0]!;
    await tx.insert(oauthAccounts).values({ provider: identity.provider, providerAccountId: identity.providerAccountId, userId: user!.id });
    return { user: user!, created: !existing };
  });
}
