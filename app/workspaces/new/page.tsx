import type { Metadata } from 'next';
import { requireUser } from '@/lib/auth/guards';
import { CreateWorkspaceForm } from './create-workspace-form';

export const metadata: Metadata = { title: 'New workspace' };

export default async function NewWorkspacePage() {
  await requireUser('/workspaces/new');
  return (
    <main className="mx-auto max-w-md px-4 py-16">
      <h1 className="text-2xl font-semibold tracking-tight">New workspace</h1>
      <p className="mt-1 mb-6 text-sm text-zinc-600 dark:text-zinc-400">
        A workspace holds one brand’s or creator’s profiles, posts and AI answers, and the team that works on them.
      </p>
      <CreateWorkspaceForm />
    </main>
  );
}
