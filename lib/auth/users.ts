import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { oauthAccounts, users, type User } from '@/db/schema';
import { conflict } from '@/lib/errors';
import { emailSchema } from './email';
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

/**
 * Finds or creates the user behind an OAuth sign-in. An existing account is linked by email
 * only when the provider says the address is verified; otherwise a stranger could claim an
 * account by registering its address with a provider that does not check.
 */
export async function userForOAuth(
  db: Db,
  identity: { provider: string; providerAccountId: string; email?: string | null; emailVerified: boolean; name?: string | null },
): Promise<User> {
  return db.transaction(async (tx) => {
    const [linked] = await tx
      .select({ user: users })
      .from(oauthAccounts)
      .innerJoin(users, eq(users.id, oauthAccounts.userId))
      .where(and(eq(oauthAccounts.provider, identity.provider), eq(oauthAccounts.providerAccountId, identity.providerAccountId)));
    if (linked) return linked.user;
    if (!identity.email) throw conflict(`${identity.provider} did not share an email address; Optlens needs one.`);
    const email = emailSchema.parse(identity.email);
    let [user] = await tx.select().from(users).where(eq(users.email, email));
    if (user && !identity.emailVerified) {
      throw conflict(`An account with ${email} exists; sign in with your password to use it.`);
    }
    user ??= (await tx.insert(users).values({ email, name: identity.name ?? null }).returning())[0]!;
    await tx.insert(oauthAccounts).values({ provider: identity.provider, providerAccountId: identity.providerAccountId, userId: user.id });
    return user;
  });
}
