import 'server-only';
import NextAuth, { CredentialsSignin, type NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import GitHub from 'next-auth/providers/github';
import Google from 'next-auth/providers/google';
import LinkedIn from 'next-auth/providers/linkedin';
import { getDb } from '@/db/client';
import { env } from '@/lib/env';
import { RateLimitedError } from '@/lib/errors';
import { createWorkspace, firstWorkspaceName } from '@/lib/workspaces/workspaces';
import { authSecret } from './auth-secret';
import { clientIp } from './client-ip';
import { checkCredentials } from './sign-in';
import { oauthIdentity } from './oauth-identity';
import { findOAuthUser, OAuthRefused, userForOAuth } from './users';

/** A refused sign-in whose message the form may show as it is. */
export class SignInRefused extends CredentialsSignin {
  constructor(readonly userMessage: string) {
    super(userMessage);
    this.code = 'refused';
  }
}

/** The OAuth providers whose client id and secret are set (README lists the variables). */
export function oauthProviders() {
  const e = env();
  return [
    e.AUTH_GITHUB_ID && e.AUTH_GITHUB_SECRET && GitHub({ clientId: e.AUTH_GITHUB_ID, clientSecret: e.AUTH_GITHUB_SECRET }),
    e.AUTH_GOOGLE_ID && e.AUTH_GOOGLE_SECRET && Google({ clientId: e.AUTH_GOOGLE_ID, clientSecret: e.AUTH_GOOGLE_SECRET }),
    e.AUTH_LINKEDIN_ID && e.AUTH_LINKEDIN_SECRET && LinkedIn({ clientId: e.AUTH_LINKEDIN_ID, clientSecret: e.AUTH_LINKEDIN_SECRET }),
  ].filter((p) => !!p);
}

function config(): NextAuthConfig {
  return {
    secret: authSecret(),
    // Self-hosted behind whatever proxy the operator runs: trust its Host header.
    trustHost: true,
    // Sessions are signed JWT cookies: no session table, and any app server can read them.
    session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: '/sign-in', error: '/sign-in' },
    logger: {
      // A wrong password is not a server error; everything else is logged.
      error(error) {
        if (!(error instanceof CredentialsSignin)) console.error('[auth]', error);
      },
    },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(credentials, request) {
          const email = typeof credentials.email === 'string' ? credentials.email : '';
          const password = typeof credentials.password === 'string' ? credentials.password : '';
          try {
            const user = await checkCredentials(await getDb(), { email, password, ip: clientIp(request.headers) });
            return user ? { id: user.id, email: user.email, name: user.name } : null;
          } catch (error) {
            if (error instanceof RateLimitedError) throw new SignInRefused(error.message);
            throw error;
          }
        },
      }),
      ...oauthProviders(),
    ],
    callbacks: {
      async signIn({ user, account, profile }) {
        if (!account || account.type === 'credentials') return true;
        try {
          const db = await getDb();
          const { user: linked, created } = await userForOAuth(db, await oauthIdentity(user, account, profile));
          // A person new to Optlens starts in a first workspace, as after a password sign-up.
          if (created) await createWorkspace(db, { userId: linked.id, label: linked.email }, firstWorkspaceName(linked.name));
          return true;
        } catch (error) {
          if (error instanceof OAuthRefused) return `/sign-in?error=${error.reason === 'no_email' ? 'OAuthNoEmail' : 'OAuthUnverifiedEmail'}`;
          throw error;
        }
      },
      async jwt({ token, user, account }) {
        if (account && account.type !== 'credentials') {
          // OAuth: the signIn callback linked the identity; carry our own user id.
          const linked = await findOAuthUser(await getDb(), account.provider, account.providerAccountId);
          if (linked) {
            token.sub = linked.id;
            token.email = linked.email;
          }
        } else if (user?.id) {
          token.sub = user.id;
        }
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => config());
