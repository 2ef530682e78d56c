import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { apiTokens, rateLimits, users } from '@/db/schema';
import { authenticateApiToken } from '@/lib/auth/api-tokens';
import { checkCredentials } from '@/lib/auth/sign-in';
import { bootstrap } from '@/lib/bootstrap';
import { resetEnvCache } from '@/lib/env';
import { RateLimitedError } from '@/lib/errors';
import { hitRateLimit, resetRateLimit } from '@/lib/rate-limit';
import { listUserWorkspaces } from '@/lib/workspaces/workspaces';
import { FIXTURE_PASSWORD, makeUser, unique } from '../support/fixtures';

const LIMITS = { SIGNIN_MAX_FAILURES_PER_EMAIL: '3', SIGNIN_MAX_FAILURES_PER_IP: '5', SIGNIN_FAILURE_WINDOW_MINUTES: '15' };
const saved = Object.fromEntries(Object.keys(LIMITS).map((k) => [k, process.env[k]]));

beforeAll(() => {
  Object.assign(process.env, LIMITS);
  resetEnvCache();
});

afterAll(() => {
  for (const [k, v] of Object.entries(saved)) v === undefined ? delete process.env[k] : (process.env[k] = v);
  resetEnvCache();
});

const db = () => getDb();
const signIn = async (email: string, password: string, ip: string) => checkCredentials(await db(), { email, password, ip });
const newIp = () => unique('ip'); // only ever used as part of a rate-limit key
const WRONG = 'not the password';

async function failTimes(n: number, email: string, ip: string) {
  for (let i = 0; i < n; i++) expect(await signIn(email, WRONG, ip)).toBeNull();
}

async function refusal(call: Promise<unknown>): Promise<RateLimitedError> {
  const error = await call.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(RateLimitedError);
  return error as RateLimitedError;
}

/** Moves a rate-limit window back in time, as if its minutes had passed. */
async function ageWindow(key: string, seconds: number) {
  await (await db())
    .update(rateLimits)
    .set({ windowStart: sql`now() - make_interval(secs => ${seconds})` })
    .where(eq(rateLimits.key, key));
}

describe('checkCredentials', () => {
  it('returns the user for the right password, whatever the case and spacing of the email', async () => {
    const user = await makeUser('alice');
    expect((await signIn(`  ${user.email.toUpperCase()} `, FIXTURE_PASSWORD, newIp()))?.id).toBe(user.id);
  });

  it('returns null for a wrong password and for an email with no account', async () => {
    const user = await makeUser('bob');
    expect(await signIn(user.email, WRONG, newIp())).toBeNull();
    expect(await signIn(`${unique('nobody')}@example.test`, FIXTURE_PASSWORD, newIp())).toBeNull();
  });

  it('refuses even the right password after SIGNIN_MAX_FAILURES_PER_EMAIL failures, from any address, and says for how long', async () => {
    const user = await makeUser('carol');
    await failTimes(3, user.email, newIp());
    const error = await refusal(signIn(user.email, FIXTURE_PASSWORD, newIp()));
    expect(error.code).toBe('rate_limited');
    expect(error.message).toMatch(/this email address.*Try again in \d+ minute/);
    expect(error.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
  });

  it('refuses an address after SIGNIN_MAX_FAILURES_PER_IP failures spread over different emails', async () => {
    const ip = newIp();
    for (let i = 0; i < 5; i++) await failTimes(1, `${unique('guess')}@example.test`, ip);
    const user = await makeUser('dave');
    const error = await refusal(signIn(user.email, FIXTURE_PASSWORD, ip));
    expect(error.message).toMatch(/your network address/);
    expect((await signIn(user.email, FIXTURE_PASSWORD, newIp()))?.id).toBe(user.id);
  });

  it('refuses attempts past the limit even when they all arrive at the same moment', async () => {
    const user = await makeUser('mallory-target');
    const burst = await Promise.allSettled(Array.from({ length: 8 }, () => signIn(user.email, WRONG, newIp())));
    const checked = burst.filter((r) => r.status === 'fulfilled');
    expect(checked.length, 'password checks made in a burst against a limit of 3').toBeLessThanOrEqual(3);
    expect(burst.filter((r) => r.status === 'rejected' && r.reason instanceof RateLimitedError)).toHaveLength(8 - checked.length);
  });

  it('forgets an email’s failures after a successful sign-in', async () => {
    const user = await makeUser('erin');
    await failTimes(2, user.email, newIp());
    expect(await signIn(user.email, FIXTURE_PASSWORD, newIp())).not.toBeNull();
    await failTimes(2, user.email, newIp());
    expect((await signIn(user.email, FIXTURE_PASSWORD, newIp()))?.id).toBe(user.id);
  });

  it('lets the email sign in again once the failure window has passed', async () => {
    const user = await makeUser('frank');
    await failTimes(3, user.email, newIp());
    await refusal(signIn(user.email, FIXTURE_PASSWORD, newIp()));
    await ageWindow(`signin:email:${user.email}`, 15 * 60 + 1);
    expect((await signIn(user.email, FIXTURE_PASSWORD, newIp()))?.id).toBe(user.id);
  });
});

describe('the rate limiter', () => {
  it('counts hits in a fixed window and refuses those past the limit', async () => {
    const key = unique('key');
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await hitRateLimit(await db(), key, 2, 60));
    expect(results.map(({ allowed, count, remaining }) => ({ allowed, count, remaining }))).toEqual([
      { allowed: true, count: 1, remaining: 1 },
      { allowed: true, count: 2, remaining: 0 },
      { allowed: false, count: 3, remaining: 0 },
    ]);
    expect(results[2]!.retryAfterSeconds).toBeGreaterThan(0);
    expect(results[2]!.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it('starts a new window once the old one has expired', async () => {
    const key = unique('key');
    for (let i = 0; i < 3; i++) await hitRateLimit(await db(), key, 2, 60);
    await ageWindow(key, 61);
    expect(await hitRateLimit(await db(), key, 2, 60)).toMatchObject({ allowed: true, count: 1 });
  });

  it('forgets a key that is reset', async () => {
    const key = unique('key');
    await hitRateLimit(await db(), key, 5, 60);
    await hitRateLimit(await db(), key, 5, 60);
    await resetRateLimit(await db(), key);
    expect(await hitRateLimit(await db(), key, 5, 60)).toMatchObject({ count: 1 });
  });

  it('counts hits that arrive at the same moment exactly once each', async () => {
    const key = unique('key');
    const d = await db();
    const results = await Promise.all(Array.from({ length: 20 }, () => hitRateLimit(d, key, 100, 60)));
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});

describe('bootstrap', () => {
  const input = () => ({ email: `${unique('admin')}@example.test`, password: 'bootstrap password', workspace: unique('Acme') });

  async function usersWithEmail(email: string) {
    return (await db()).select().from(users).where(eq(users.email, email));
  }

  it('creates the user, a workspace they own and an admin token that works', async () => {
    const given = input();
    const result = await bootstrap(await db(), given);
    expect(result).toMatchObject({ userCreated: true, workspaceCreated: true, workspace: { name: given.workspace } });
    const [user] = await usersWithEmail(given.email);
    expect(await listUserWorkspaces(await db(), user!.id)).toEqual([{ ...result.workspace, role: 'owner' }]);
    expect(await authenticateApiToken(await db(), result.token)).toMatchObject({ workspaceId: result.workspace.id, role: 'admin' });
  });

  it('run again finds the user and the workspace, and adds a new token without revoking the first', async () => {
    const given = input();
    const first = await bootstrap(await db(), given);
    const second = await bootstrap(await db(), given);
    expect(second).toMatchObject({ userCreated: false, workspaceCreated: false, workspace: first.workspace });
    expect(second.token).not.toBe(first.token);
    const [user, ...others] = await usersWithEmail(given.email);
    expect(others).toEqual([]);
    expect(await listUserWorkspaces(await db(), user!.id)).toHaveLength(1);
    for (const token of [first.token, second.token]) {
      expect(await authenticateApiToken(await db(), token)).toMatchObject({ workspaceId: first.workspace.id });
    }
  });

  it('refuses a wrong password for an existing user and issues no token', async () => {
    const given = input();
    const first = await bootstrap(await db(), given);
    await expect(bootstrap(await db(), { ...given, password: 'someone else guessing' })).rejects.toMatchObject({ code: 'unauthorized' });
    const tokens = await (await db()).select().from(apiTokens).where(eq(apiTokens.workspaceId, first.workspace.id));
    expect(tokens).toHaveLength(1);
  });
});
