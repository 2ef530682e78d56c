import type { Metadata } from 'next';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/guards';
import { describeInvitation } from '@/lib/workspaces/invitations';
import { ButtonLink } from '@/app/_components/ui';
import { AcceptInvitationForm } from './accept-form';

export const metadata: Metadata = { title: 'Invitation' };

const STATE_TEXT = {
  expired: 'This invitation has expired. Ask the person who invited you for a new link.',
  used: 'This invitation has already been used. Each link works once.',
  revoked: 'This invitation was withdrawn.',
} as const;

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
            <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{STATE_TEXT[found.state]}</p>
          </>
        ) : (
          <>
            <h1 className="text-lg font-semibold">Join {found.workspaceName}</h1>
            <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
              You are invited as <strong>{found.invitation.role}</strong>. You are signed in as {user.email}.
              {found.invitation.email && found.invitation.email !== user.email && (
                <> This invitation is for {found.invitation.email}: sign in with that address to accept it.</>
              )}
            </p>
            <AcceptInvitationForm token={token} />
          </>
        )}
        <ButtonLink href="/" variant="ghost" className="mt-4">
          Go to my workspaces
        </ButtonLink>
      </div>
    </main>
  );
}
