import { env } from '@/lib/env';

/** The app's public origin: APP_URL when set, else what the request says it was sent to. */
export function appOrigin(headers: Headers): string {
  const configured = env().APP_URL;
  if (configured) return configured.replace(/\/+$/, '');
  const host = headers.get('x-forwarded-host') ?? headers.get('host') ?? 'localhost:3000';
  const proto = headers.get('x-forwarded-proto')?.split(',')[0] ?? (host.startsWith('localhost') ? 'http' : 'https');
  return `${proto}://${host}`;
}
