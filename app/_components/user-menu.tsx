import { cookies } from 'next/headers';
import { signOutAction } from '@/app/(auth)/actions';
import { setThemeAction } from '@/app/account-actions';
import { THEME_COOKIE, themeSchema } from '@/lib/theme';

const THEMES = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
] as const;

export async function UserMenu({ email, name }: { email: string; name: string | null }) {
  const theme = themeSchema.parse((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <details className="relative">
      <summary className="cursor-pointer list-none rounded-md px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 dark:hover:bg-zinc-800">
        <span className="sr-only">Account menu for </span>
        {name || email}
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-64 rounded-md border border-zinc-200 bg-white p-3 shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
        <p className="truncate text-sm text-zinc-600 dark:text-zinc-400">{email}</p>
        <fieldset className="mt-3">
          <legend className="text-xs font-medium uppercase tracking-wide text-zinc-500">Theme</legend>
          <div className="mt-1 flex gap-1">
            {THEMES.map((t) => (
              <form key={t.value} action={setThemeAction}>
                <input type="hidden" name="theme" value={t.value} />
                <button
                  type="submit"
                  aria-pressed={theme === t.value}
                  className="rounded px-2 py-1 text-xs hover:bg-zinc-100 aria-pressed:bg-indigo-600 aria-pressed:text-white dark:hover:bg-zinc-800"
                >
                  {t.label}
                </button>
              </form>
            ))}
          </div>
        </fieldset>
        <form action={signOutAction} className="mt-3 border-t border-zinc-100 pt-3 dark:border-zinc-800">
          <button type="submit" className="w-full rounded px-2 py-1.5 text-left text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800">
            Sign out
          </button>
        </form>
      </div>
    </details>
  );
}
