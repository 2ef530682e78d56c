import { z } from 'zod';

// Every environment variable the app reads, parsed once. README "Configuration" lists them.
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** postgres://… to use a PostgreSQL server; unset → embedded PGlite in OPTLENS_DATA_DIR. */
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  OPTLENS_DATA_DIR: z.string().min(1).default('.data'),
  AUTH_SECRET: z.string().min(16).optional(),
  /** Public base URL used in invitation links and emails; else taken from the request. */
  APP_URL: z.string().url().optional(),
  /** smtp://user:pass@host:port — invitations are emailed only when this is set. */
  SMTP_URL: z.string().url().optional(),
  SMTP_FROM: z.string().default('Optlens <no-reply@localhost>'),
  /** Largest file an import accepts, in MB. */
  IMPORT_MAX_MB: z.coerce.number().int().min(1).max(2048).default(100),
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  SIGNIN_MAX_FAILURES_PER_EMAIL: z.coerce.number().int().min(1).default(5),
  SIGNIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(30),
  SIGNIN_FAILURE_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  /** How many proxies in front of the app append to X-Forwarded-For; 1 also when there is none (lib/auth/client-ip.ts). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
  /** `off`: this server runs no background work (probe runs, schedules, re-scans); another one must. */
  OPTLENS_WORKER: z.enum(['on', 'off']).default('on'),
  AUTH_GITHUB_ID: z.string().optional(),
  AUTH_GITHUB_SECRET: z.string().optional(),
  AUTH_GOOGLE_ID: z.string().optional(),
  AUTH_GOOGLE_SECRET: z.string().optional(),
  AUTH_LINKEDIN_ID: z.string().optional(),
  AUTH_LINKEDIN_SECRET: z.string().optional(),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** Parsed lazily, so a bad value fails the first request that needs it with a clear message. */
export function env(): Env {
  if (cached) return cached;
  // An empty string in a .env file means "unset", not "invalid".
  const raw = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== ''));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid environment configuration:\n${lines}`);
  }
  cached = parsed.data;
  return cached;
}

/** For tests that change process.env between cases. */
export function resetEnvCache() {
  cached = undefined;
}
