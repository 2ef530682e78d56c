'use client';

import { ActionForm, Field, SubmitButton } from '@/app/_components/form';
import { signInAction, signUpAction } from './actions';

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  return (
    <ActionForm action={signInAction} hidden={{ callbackUrl }} aria-label="Sign in">
      <Field name="email" label="Email" type="email" autoComplete="email" required />
      <Field name="password" label="Password" type="password" autoComplete="current-password" required />
      <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
    </ActionForm>
  );
}

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  return (
    <ActionForm action={signUpAction} hidden={{ callbackUrl }} aria-label="Create account">
      <Field name="name" label="Your name" autoComplete="name" hint="Optional. Shown to your teammates." />
      <Field name="email" label="Email" type="email" autoComplete="email" required />
      <Field name="password" label="Password" type="password" autoComplete="new-password" required hint="At least 8 characters." />
      <SubmitButton pendingLabel="Creating your account…">Create account</SubmitButton>
    </ActionForm>
  );
}
