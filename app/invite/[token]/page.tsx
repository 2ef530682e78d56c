import type { Metadata } from 'next';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/guards';
import { describeInvitation, INVITATION_STATE_MESSAGES } from '@/lib/workspaces/invitations';
import { signOutAction } from '@/app/(auth)/actions';
import { ButtonLink, buttonClass } from '@/app/_components/ui';
import { AcceptInvitationForm } from './accept-form';

export const metadata: Metadata = { title: 'Invitation' };


export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const user = await requireUser(`/invite/${token}`);
  const found = await describeInvitation(await getDb(), token);
  return (
    <main className="mx-auto max-w-md px-4 py-16">
      <div className="rounded-lg border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
        {!found ? (
          <>
            <h1 className="text-lg font-semibold">This invitation link is not valid</h1>
            <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">Check that you copied the whole link.</p>
          </>
        ) : found.state !== 'valid' ? (
          <>
            <h1 className="text-lg font-semibold">Invitation to {found.workspaceName}</h1>
            <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{INVITATION_STATE_MESSAGES[found.state]}</p>
          </>
        ) : (
          <>
            <h1 className="text-lg font-semibold">Join {found.workspaceName}</h1>
            <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
              You are invited as <strong>{found.invitation.role}</strong>. You are signed in as {user.email}.
            </p>
            {found.invitation.email && found.invitation.email !== user.email ? (
              <>
                <p role="alert" className="mt-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">
                  This invitation is for {found.invitation.email}. Sign out, then sign in or sign up with that address to accept it.
                </p>
                <form action={signOutAction} className="mt-4">
                  <input type="hidden" name="redirectTo" value={`/sign-in?callbackUrl=/invite/${token}`} />
                  <button type="submit" className={buttonClass('primary')}>
                    Sign out
                  </button>
                </form>
              </>
            ) : (
              <AcceptInvitationForm token={token} />
            )}
          </>
        )}
        <ButtonLink href="/" variant="ghost" className="mt-4">
          Go to my workspaces
        </ButtonLink>
      </div>
    </main>
  );
}
