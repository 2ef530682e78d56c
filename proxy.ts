import { NextResponse, type NextRequest } from 'next/server';

// Convenience only, not security: a visitor without a session cookie is sent to sign in and
// brought back to the exact page afterwards. Every page still checks the session and the
// role itself (lib/auth/guards.ts), since a cookie can be present and invalid.
export function proxy(request: NextRequest) {
  const hasSession = request.cookies.getAll().some((c) => /^(__Secure-)?authjs\.session-token/.test(c.name));
  if (hasSession) return NextResponse.next();
  const url = new URL('/sign-in', request.url);
  url.searchParams.set('callbackUrl', request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ['/w/:path*', '/invite/:path*', '/workspaces/:path*'],
};
