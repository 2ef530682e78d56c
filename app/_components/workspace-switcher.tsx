import Link from 'next/link';
import type { Role } from '@/lib/auth/permissions';

/** A disclosure menu (no JavaScript needed) listing the user's workspaces. */
export function WorkspaceSwitcher({ current, workspaces }: { current: { name: string; slug: string; role: Role }; workspaces: { name: string; slug: string; role: Role }[] }) {
  return (
    <details className="group relative">
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-md border border-zinc-200 px-3 py-1.5 text-sm font-medium hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-800">
        <span className="sr-only">Current workspace:</span>
        <span className="max-w-48 truncate">{current.name}</span>
        <span className="text-xs text-zinc-500">{current.role}</span>
        <span aria-hidden className="text-zinc-400 group-open:rotate-180">▾</span>
      </summary>
      <div className="absolute left-0 z-20 mt-2 w-72 rounded-md border border-zinc-200 bg-white p-1 shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
        <p className="px-3 py-1.5 text-xs font-medium uppercase tracking-wide text-zinc-500">Switch workspace</p>
        <ul>
          {workspaces.map((w) => (
            <li key={w.slug}>
              <Link
                href={`/w/${w.slug}`}
                aria-current={w.slug === current.slug ? 'true' : undefined}
                className="flex items-center justify-between rounded px-3 py-2 text-sm hover:bg-zinc-100 aria-[current=true]:font-semibold dark:hover:bg-zinc-800"
              >
                <span className="truncate">{w.name}</span>
                <span className="text-xs text-zinc-500">{w.role}</span>
              </Link>
            </li>
          ))}
        </ul>
        <Link href="/workspaces/new" className="mt-1 block rounded border-t border-zinc-100 px-3 py-2 text-sm text-indigo-600 hover:bg-zinc-100 dark:border-zinc-800 dark:text-indigo-400 dark:hover:bg-zinc-800">
          + New workspace
        </Link>
      </div>
    </details>
  );
}
