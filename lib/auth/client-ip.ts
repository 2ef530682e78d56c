/**
 * The client's address for rate limiting. Behind a reverse proxy the first X-Forwarded-For
 * entry is the client (Next's own server sets the header when there is no proxy).
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip') || 'unknown';
}
