import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import * as unknownRoute from '@/app/api/v1/[...path]/route';
import { GET as getHealth } from '@/app/api/v1/health/route';
import { GET as getOpenApi } from '@/app/api/v1/openapi.json/route';
import { GET as getWorkspace } from '@/app/api/v1/workspace/route';
import { getDb } from '@/db/client';
import { apiTokens, rateLimits, workspaces } from '@/db/schema';
import { revokeApiToken } from '@/lib/auth/api-tokens';
import { resetEnvCache } from '@/lib/env';
import { accessAs, makeTeam, makeToken } from '../support/fixtures';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
const apiRoot = path.resolve(import.meta.dirname, '../../app/api/v1');

// `auth` is a bare API token (sent as "Bearer <token>") or, for malformed cases, the whole header.
const request = (pathname: string, auth?: string, init: RequestInit = {}) =>
  new Request(`http://optlens.test/api/v1${pathname}`, {
    ...init,
    headers: auth === undefined ? {} : { authorization: auth.startsWith('olk_') ? `Bearer ${auth}` : auth },
  });

const workspaceAs = (auth?: string) => getWorkspace(request('/workspace', auth));

async function expectApiError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = await response.json();
  expect(body).toEqual({ error: { code, message: expect.any(String) } });
  expect(body.error.message.length).toBeGreaterThan(0);
  return body;
}

/** The folders under app/api/v1 that hold a route.ts, relative to it ("" for none). */
function routeFolders(dir = apiRoot): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFolders(full);
    return name === 'route.ts' ? [path.relative(apiRoot, dir)] : [];
  });
}

// app/api/v1/profiles/[id]/consent → /profiles/{id}/consent
const openApiPath = (folder: string) => `/${folder.split(path.sep).map((s) => s.replace(/^\[(\w+)\]$/, '{$1}')).join('/')}`;

function setRateLimit(perMinute: number | undefined) {
  if (perMinute === undefined) delete process.env.API_RATE_LIMIT_PER_MINUTE;
  else process.env.API_RATE_LIMIT_PER_MINUTE = String(perMinute);
  resetEnvCache();
}

afterEach(() => setRateLimit(undefined));

describe('GET /api/v1/health', () => {
  it('answers ok and names the database driver, without a token', async () => {
    const response = await getHealth();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: process.env.DATABASE_URL ? 'postgres' : 'pglite' });
  });
});

describe('authentication', () => {
  it.each([
    ['no Authorization header', undefined],
    ['an Authorization header that is not a bearer token', 'Basic dXNlcjpwYXNz'],
    ['an empty bearer token', 'Bearer '],
    ['an unknown token', 'olk_thisTokenWasNeverIssued'],
    ['a token without the olk_ prefix', 'Bearer inv_notAnApiToken'],
  ])('answers 401 in the error shape for %s', async (_, header) => {
    await expectApiError(await workspaceAs(header), 401, 'unauthorized');
  });

  it('answers 401 once the token is revoked', async () => {
    const team = await makeTeam();
    const { token, apiToken } = await makeToken(team);
    expect((await workspaceAs(token)).status).toBe(200);
    await revokeApiToken(await getDb(), await accessAs(team.owner, team.workspace, 'tokens:manage'), apiToken.id);
    await expectApiError(await workspaceAs(token), 401, 'unauthorized');
  });

  it('answers 401 once the token’s workspace is deleted', async () => {
    const team = await makeTeam();
    const { token } = await makeToken(team);
    await (await getDb()).delete(workspaces).where(eq(workspaces.id, team.workspace.id));
    await expectApiError(await workspaceAs(token), 401, 'unauthorized');
  });

  it('accepts the scheme in any case', async () => {
    const { token } = await makeToken(await makeTeam());
    expect((await workspaceAs(`bearer ${token}`)).status).toBe(200);
  });
});

describe('GET /api/v1/workspace', () => {
  it('returns the token’s own workspace and role, and nothing of another workspace', async () => {
    const [a, b] = [await makeTeam('a'), await makeTeam('b')];
    const [tokenA, tokenB] = [await makeToken(a, 'viewer'), await makeToken(b, 'admin')];
    for (const [team, { token }, role] of [[a, tokenA, 'viewer'], [b, tokenB, 'admin']] as const) {
      const response = await workspaceAs(token);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        id: team.workspace.id,
        name: team.workspace.name,
        slug: team.workspace.slug,
        createdAt: team.workspace.createdAt.toISOString(),
        role,
      });
    }
  });

  it('records when the token was last used', async () => {
    const { token, apiToken } = await makeToken(await makeTeam());
    const lastUsed = async () => (await (await getDb()).select().from(apiTokens).where(eq(apiTokens.id, apiToken.id)))[0]?.lastUsedAt;
    expect(await lastUsed()).toBeNull();
    await workspaceAs(token);
    const used = await lastUsed();
    expect(used).toBeInstanceOf(Date);
    expect(Math.abs(used!.getTime() - Date.now())).toBeLessThan(60_000);
  });
});

describe('the API rate limit', () => {
  it('answers 429 with Retry-After once a token has made API_RATE_LIMIT_PER_MINUTE requests', async () => {
    setRateLimit(3);
    const { token } = await makeToken(await makeTeam());
    for (const remaining of [2, 1, 0]) {
      const response = await workspaceAs(token);
      expect(response.status).toBe(200);
      expect(response.headers.get('x-ratelimit-limit')).toBe('3');
      expect(response.headers.get('x-ratelimit-remaining')).toBe(String(remaining));
    }
    const refused = await workspaceAs(token);
    await expectApiError(refused, 429, 'rate_limited');
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
  });

  it('counts each token on its own', async () => {
    setRateLimit(1);
    const team = await makeTeam();
    const [first, second] = [await makeToken(team), await makeToken(team)];
    expect((await workspaceAs(first.token)).status).toBe(200);
    expect((await workspaceAs(first.token)).status).toBe(429);
    expect((await workspaceAs(second.token)).status).toBe(200);
  });

  it('lets the token in again once its minute has passed', async () => {
    setRateLimit(1);
    const { token, apiToken } = await makeToken(await makeTeam());
    await workspaceAs(token);
    expect((await workspaceAs(token)).status).toBe(429);
    await (await getDb())
      .update(rateLimits)
      .set({ windowStart: sql`now() - interval '61 seconds'` })
      .where(eq(rateLimits.key, `api:${apiToken.id}`));
    expect((await workspaceAs(token)).status).toBe(200);
  });
});

describe('GET /api/v1/openapi.json', () => {
  const documented = async () => (await (await getOpenApi()).json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };

  it('is an OpenAPI 3 document', async () => {
    expect((await documented()).openapi).toMatch(/^3\./);
  });

  it('documents every route folder under app/api/v1 with every method it exports', async () => {
    const { paths } = await documented();
    const folders = routeFolders().filter((folder) => !folder.includes('[...'));
    expect(folders.length).toBeGreaterThan(0);
    for (const folder of folders) {
      const route = (await import(path.join(apiRoot, folder, 'route.ts'))) as Record<string, unknown>;
      const exported = METHODS.filter((m) => typeof route[m] === 'function').map((m) => m.toLowerCase());
      expect(Object.keys(paths[openApiPath(folder)] ?? {}), `methods documented for app/api/v1/${folder}`).toEqual(
        expect.arrayContaining(exported),
      );
    }
  });

  it('documents no path that has no route folder', async () => {
    const folders = routeFolders().map(openApiPath);
    expect(folders).toEqual(expect.arrayContaining(Object.keys((await documented()).paths)));
  });
});

describe('an unknown API path', () => {
  it.each(METHODS)('answers %s with a JSON 404 that names the path', async (method) => {
    const body = await expectApiError(await unknownRoute[method](request('/no/such/thing', undefined, { method })), 404, 'not_found');
    expect(body.error.message).toContain('/api/v1/no/such/thing');
  });
});
