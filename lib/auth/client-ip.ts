import { env } from '@/lib/env';

/**
 * The client's address, for rate limiting. Each proxy appends the address it saw to
 * X-Forwarded-For, so only the entries added by proxies we run can be trusted: with
 * TRUSTED_PROXY_HOPS = N, the client is the N-th entry from the right. Without any proxy,
 * Next's server fills the header with the socket address when the client sent none (so
 * N = 1 reads it); a client that sends its own can then choose it, which README
 * "Configuration" warns about.
 */
export function clientIp(headers: Headers, hops = env().TRUSTED_PROXY_HOPS): string {
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return chain[Math.max(0, chain.length - hops)] ?? headers.get('x-real-ip') ?? 'unknown';
}
