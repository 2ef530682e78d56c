/** The page to return to after signing in, if it is one of ours: no open redirects. */
export function returnPath(value: string | string[] | undefined): string {
  const path = typeof value === 'string' ? value : '/';
  return path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\') ? path : '/';
}
