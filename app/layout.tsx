import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { THEME_COOKIE, themeSchema } from '@/lib/theme';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Optlens', template: '%s · Optlens' },
  description: 'Does staying opted in to LinkedIn’s AI training buy you reach and AI visibility? Measure it.',
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const theme = themeSchema.parse((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <html lang="en" className={theme === 'system' ? undefined : theme}>
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
