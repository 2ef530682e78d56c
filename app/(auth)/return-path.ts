const BASE = 'http://optlens.invalid';

/**
 * The page to return to after signing in, if it is one of ours: no open redirects. The
 * value is resolved the way a browser would resolve it, and kept only when it stays on our
 * origin; control characters and backslashes, which browsers strip or turn into slashes,
 * are refused outright (`/\t/evil.example` would otherwise become `//evil.example`).
 */
export function returnPath(value: string | string[] | undefined): string {
  if (typeof value !== 'string' || !value.startsWith('/') || /[\u0000-\u001f\u007f\\]/.test(value)) return '/';
  try {
    const url = new URL(value, BASE);
    return url.origin === BASE ? `${url.pathname}${url.search}${url.hash}` : '/';
  } catch {
    return '/';
  }
}
