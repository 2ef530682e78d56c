'use server';

import { CredentialsSignin } from 'next-auth';
import { headers } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';
import { getDb } from '@/db/client';
import { clientIp } from '@/lib/auth/client-ip';
import { RateLimitedError } from '@/lib/errors';
import { hitRateLimit } from '@/lib/rate-limit';
import { SignInRefused, signIn, signOut } from '@/lib/auth/nextauth';
import { createUser, signUpSchema } from '@/lib/auth/users';
import { toFormError, type FormState } from '@/lib/actions/form-state';
import { createWorkspace, firstWorkspaceName } from '@/lib/workspaces/workspaces';
import { returnPath } from './return-path';

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const returnTo = returnPath(String(formData.get('callbackUrl') ?? '/'));
  try {
    await signIn('credentials', {
      email: String(formData.get('email') ?? ''),
      password: String(formData.get('password') ?? ''),
      redirectTo: returnTo,
    });
    return { status: 'ok' };
  } catch (error) {
    if (error instanceof SignInRefused) return { status: 'error', code: 'rate_limited', message: error.userMessage };
    if (error instanceof CredentialsSignin) {
      return { status: 'error', code: 'unauthorized', message: 'That email and password do not match an account.' };
    }
    unstable_rethrow(error);
    return toFormError(error);
  }
}

export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const returnTo = returnPath(String(formData.get('callbackUrl') ?? '/'));
  let destination = returnTo;
  try {
    const input = signUpSchema.parse(Object.fromEntries(formData));
    const db = await getDb();
    // Each sign-up costs an argon2 hash (64 MiB): cap them per address so they cannot be
    // used to exhaust the server.
    const rate = await hitRateLimit(db, `signup:ip:${clientIp(await headers())}`, 10, 3600);
    if (!rate.allowed) {
      throw new RateLimitedError(`Too many new accounts from your network address. Try again in ${Math.ceil(rate.retryAfterSeconds / 60)} minute(s).`, rate.retryAfterSeconds);
    }
    const user = await createUser(db, input);
    // Someone arriving through an invitation joins that workspace; everyone else starts
    // in a first workspace of their own.
    if (!returnTo.startsWith('/invite/')) {
      const workspace = await createWorkspace(db, { userId: user.id, label: user.email }, firstWorkspaceName(input.name));
      destination = `/w/${workspace.slug}`;
    }
    await signIn('credentials', { email: input.email, password: input.password, redirectTo: destination });
    return { status: 'ok' };
  } catch (error) {
    unstable_rethrow(error);
    return toFormError(error);
  }
}

export async function signOutAction(formData?: FormData) {
  await signOut({ redirectTo: returnPath(String(formData?.get('redirectTo') ?? '/sign-in')) });
}
