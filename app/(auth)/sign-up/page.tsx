import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { sessionUser } from '@/lib/auth/session';
import { SignUpForm } from '../credentials-form';
import { OAuthButtons } from '../oauth-buttons';
import { returnPath } from '../return-path';

export const metadata: Metadata = { title: 'Create an account' };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const callbackUrl = returnPath((await searchParams).callbackUrl);
  if (await sessionUser()) redirect(callbackUrl);
  return (
    <>
      <h1 className="mb-1 text-lg font-semibold">Create your Optlens account</h1>
      <p className="mb-6 text-sm text-zinc-600 dark:text-zinc-400">Measure what LinkedIn’s AI-training setting does for your reach.</p>
      <SignUpForm callbackUrl={callbackUrl} />
      <OAuthButtons callbackUrl={callbackUrl} />
      <p className="mt-6 text-sm text-zinc-600 dark:text-zinc-400">
        Have an account?{' '}
        <Link className="font-medium text-indigo-600 hover:underline dark:text-indigo-400" href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`}>
          Sign in
        </Link>
      </p>
    </>
  );
}
