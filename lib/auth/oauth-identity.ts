import type { Account, Profile, User } from 'next-auth';

export interface OAuthIdentity {
  provider: string;
  providerAccountId: string;
  email: string | null | undefined;
  emailVerified: boolean;
  name: string | null | undefined;
}

/**
 * Whether the provider vouches for the address. OIDC providers (Google, LinkedIn) say so in
 * `email_verified`. GitHub does not: Auth.js takes the primary address from /user/emails
 * without looking at its `verified` flag, so ask GitHub about that address ourselves.
 */
async function emailVerified(account: Account, profile: Profile | undefined, email: string | null | undefined): Promise<boolean> {
  if (!email) return false;
  if (account.provider !== 'github') return profile?.email_verified === true;
  if (!account.access_token) return false;
  const response = await fetch('https://api.github.com/user/emails', {
    headers: { Authorization: `Bearer ${account.access_token}`, 'User-Agent': 'optlens' },
  });
  if (!response.ok) return false;
  const emails = (await response.json()) as { email: string; verified: boolean }[];
  return emails.some((e) => e.verified && e.email.toLowerCase() === email.toLowerCase());
}

export async function oauthIdentity(user: User | undefined, account: Account, profile: Profile | undefined): Promise<OAuthIdentity> {
  return {
    provider: account.provider,
    providerAccountId: account.providerAccountId,
    email: user?.email,
    emailVerified: await emailVerified(account, profile, user?.email),
    name: user?.name,
  };
}
