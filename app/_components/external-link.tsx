import type { ReactNode } from 'react';

// Links whose address came from a person or a file: only http(s) becomes a link, so a
// stored `javascript:` or `data:` address is shown as text and never runs.

export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

export function ExternalLink({ href, children, className = '' }: { href: string | null | undefined; children?: ReactNode; className?: string }) {
  const safe = safeHttpUrl(href);
  if (!safe) return <span className={`break-all ${className}`}>{children ?? href}</span>;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer nofollow" className={`text-indigo-600 underline-offset-2 hover:underline dark:text-indigo-400 ${className}`}>
      {children ?? safe}
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}
