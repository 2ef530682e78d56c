'use server';

import { CredentialsSignin } from 'next-auth';
import { redirect, unstable_rethrow } from 'next/navigation';
import { getDb } from '@/db/client';
import { SignInRefused, signIn, signOut } from '@/lib/auth/nextauth';
import { createUser, signUpSchema } from '@/lib/auth/users';
import { toFormError, type FormState } from '@/lib/actions/form-state';
import { createWorkspace } from '@/lib/workspaces/workspaces';
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
    const user = await createUser(db, input);
    // Someone arriving through an invitation joins that workspace; everyone else starts
    // in a first workspace of their own.
    if (!returnTo.startsWith('/invite/')) {
      const first = input.name ? `${input.name}’s workspace` : 'My workspace';
      const workspace = await createWorkspace(db, { userId: user.id, label: user.email }, first);
      destination = `/w/${workspace.slug}`;
    }
    await signIn('credentials', { email: input.email, password: input.password, redirectTo: destination });
    return { status: 'ok' };
  } catch (error) {
    unstable_rethrow(error);
    return toFormError(error);
  }
}

export async function signOutAction() {
  await signOut({ redirectTo: '/sign-in' });
  redirect('/sign-in');
}
