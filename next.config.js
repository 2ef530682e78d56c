import { PHASE_PRODUCTION_SERVER } from 'next/constants.js';

/** @type {(phase: string) => import('next').NextConfig} */
export default function nextConfig(phase) {
  // A production server without a fixed secret would sign sessions with a key that
  // changes on every restart (or differs between app servers): refuse to start instead.
  if (phase === PHASE_PRODUCTION_SERVER && !process.env.AUTH_SECRET) {
    console.error(
      '\nOptlens: AUTH_SECRET is not set. Production needs a fixed secret to sign sessions.\n' +
        'Generate one with `openssl rand -base64 32` and set AUTH_SECRET before `npm start`.\n',
    );
    process.exit(1);
  }
  return {
    // The wasm of PGlite and the native binding of argon2 must be loaded from node_modules
    // at run time; bundling them loses their files.
    serverExternalPackages: ['@electric-sql/pglite', 'argon2', 'postgres', 'pg-boss', 'pg'],
    poweredByHeader: false,
    experimental: { authInterrupts: true },
  };
}
