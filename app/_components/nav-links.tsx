'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** Navigation links that mark the current page (aria-current) for sighted and screen-reader users. */
export function NavLinks({ items, label, vertical = false }: { items: { href: string; label: string; exact?: boolean }[]; label: string; vertical?: boolean }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className={vertical ? 'flex flex-row gap-1 md:flex-col' : 'flex gap-1'}>
        {items.map((item) => {
          const active = item.exact ? pathname === item.href : pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? 'page' : undefined}
                className={`block rounded-md px-3 py-1.5 text-sm font-medium ${
                  active
                    ? 'bg-zinc-200 text-zinc-900 dark:bg-zinc-800 dark:text-white'
                    : 'text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-white'
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
