// Does a cited URL point to the workspace's own content? Either its host is one of our domains
// (or a subdomain of one: "blog.acme.com" is acme.com's), or it is one of our LinkedIn posts
// (any URL or URN form naming the post's 19-digit id; see lib/imports/linkedin-urls.ts).

import { parsePostRef } from '@/lib/imports/linkedin-urls';
import { asciiHost, domainOfAlias } from './matcher';

/** Lower-case punycode host of an http(s) URL, or of a bare "host/path"; null otherwise. */
export function citationHost(url: string): string | null {
  const raw = url.trim();
  if (raw === '' || /\s/.test(raw)) return null;
  const attempt = (candidate: string): string | null => {
    try {
      const parsed = new URL(candidate);
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
      const host = parsed.hostname.replace(/\.$/, '').toLowerCase();
      return host === '' ? null : host;
    } catch {
      return null;
    }
  };
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw) && !/^[^:/]+:\d/.test(raw)) return attempt(raw);
  const host = attempt(`https://${raw}`);
  return host !== null && host.includes('.') ? host : null;
}

/** "https://www.Acme.com/" → "acme.com" (punycode), or null when it is not a host name. */
export function normalizeDomain(text: string): string | null {
  const domain = domainOfAlias(text);
  return domain === null ? null : asciiHost(domain);
}

/** The host is the domain or a subdomain of it. */
export function hostMatches(host: string, domain: string): boolean {
  return host === domain || (host.length > domain.length && host.endsWith(domain) && host.charAt(host.length - domain.length - 1) === '.');
}

/** The LinkedIn post id a citation names, or null. */
export function linkedinPostId(url: string): string | null {
  return parsePostRef(url)?.id ?? null;
}

export interface OwnContent {
  /** Our domains, in any form an alias may take ("acme.com", "https://www.acme.com/"). */
  domains: readonly string[];
  /** Our LinkedIn posts: ids, URNs or URLs. */
  linkedinActivityIds?: readonly string[];
}

/** A reusable predicate: does this URL point to our domains or LinkedIn posts? */
export function ownCitationTest(own: OwnContent): (url: string) => boolean {
  const domains = own.domains.map(normalizeDomain).filter((d): d is string => d !== null);
  const posts = new Set((own.linkedinActivityIds ?? []).map(linkedinPostId).filter((id): id is string => id !== null));
  return (url: string) => {
    if (typeof url !== 'string') return false;
    const host = citationHost(url);
    if (host !== null && domains.some((d) => hostMatches(host, d))) return true;
    if (posts.size === 0) return false;
    const id = linkedinPostId(url);
    return id !== null && posts.has(id);
  };
}

/** True when at least one citation points to our domains or LinkedIn posts. */
export function citationsPointToUs(citations: readonly string[], own: OwnContent): boolean {
  const test = ownCitationTest(own);
  return citations.some(test);
}
