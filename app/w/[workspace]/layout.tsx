import Link from 'next/link';
import { getDb } from '@/db/client';
import { requirePageAccess } from '@/lib/auth/guards';
import { listUserWorkspaces } from '@/lib/workspaces/workspaces';
import { NavLinks } from '@/app/_components/nav-links';
import { UserMenu } from '@/app/_components/user-menu';
import { WorkspaceSwitcher } from '@/app/_components/workspace-switcher';
import { workspaceSections } from './navigation';

export default async function WorkspaceLayout({ children, params }: { children: React.ReactNode; params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const { workspace, role, user } = await requirePageAccess(slug, 'workspace:read');
  const workspaces = await listUserWorkspaces(await getDb(), user.id);
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:m-2 focus:rounded focus:bg-white focus:p-2 dark:focus:bg-zinc-900">
        Skip to content
      </a>
      <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
        {/* Two rows: who and where on top, the sections below, so a dozen sections never push the user menu around. */}
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 pt-3">
          <Link href={`/w/${workspace.slug}`} className="text-lg font-semibold tracking-tight">
            Opt<span className="text-indigo-600">lens</span>
          </Link>
          <WorkspaceSwitcher current={{ name: workspace.name, slug: workspace.slug, role }} workspaces={workspaces} />
          <div className="ml-auto">
            <UserMenu email={user.email} name={user.name} />
          </div>
        </div>
        <div className="mx-auto max-w-6xl overflow-x-auto px-4 py-2">
          <NavLinks label="Workspace" items={workspaceSections(workspace.slug, role)} />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </div>
  );
}
