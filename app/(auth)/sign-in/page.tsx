import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { sessionUser } from '@/lib/auth/session';
import { SignInForm } from '../credentials-form';
import { OAuthButtons } from '../oauth-buttons';
import { returnPath } from '../return-path';

export const metadata: Metadata = { title: 'Sign in' };

const AUTH_ERRORS: Record<string, string> = {
  OAuthNoEmail: 'That provider did not share an email address with Optlens. Sign up with a password instead.',
  OAuthUnverifiedEmail: 'That provider has not verified your email address. Verify it there, or sign up with a password.',
  AccessDenied: 'That sign-in was refused.',
  Configuration: 'Sign-in is misconfigured on this server. The error is in the server log.',
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = returnPath(params.callbackUrl);
  if (await sessionUser()) redirect(callbackUrl);
  const error = typeof params.error === 'string' ? (AUTH_ERRORS[params.error] ?? 'Sign-in did not work. Please try again.') : null;
  return (
    <>
      <h1 className="mb-6 text-lg font-semibold">Sign in to Optlens</h1>
      {error && (
        <p role="alert" className="mb-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          {error}
        </p>
      )}
      <SignInForm callbackUrl={callbackUrl} />
      <OAuthButtons callbackUrl={callbackUrl} />
      <p className="mt-6 text-sm text-zinc-600 dark:text-zinc-400">
        New here?{' '}
        <Link className="font-medium text-indigo-600 hover:underline dark:text-indigo-400" href={`/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`}>
          Create an account
        </Link>
      </p>
    </>
  );
}
