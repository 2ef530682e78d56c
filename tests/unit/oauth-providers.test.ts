import { afterEach, describe, expect, it } from 'vitest';
import { oauthProviders } from '@/lib/auth/nextauth';
import { resetEnvCache } from '@/lib/env';

const VARS = ['AUTH_GITHUB_ID', 'AUTH_GITHUB_SECRET', 'AUTH_GOOGLE_ID', 'AUTH_GOOGLE_SECRET', 'AUTH_LINKEDIN_ID', 'AUTH_LINKEDIN_SECRET'];

describe('OAuth providers', () => {
  afterEach(() => {
    for (const v of VARS) delete process.env[v];
    resetEnvCache();
  });

  it('are off when no client id and secret are set', () => {
    expect(oauthProviders()).toEqual([]);
  });

  it('switch on one by one, each only with both its id and its secret', () => {
    Object.assign(process.env, { AUTH_GITHUB_ID: 'id', AUTH_GITHUB_SECRET: 'secret', AUTH_LINKEDIN_ID: 'id-only' });
    resetEnvCache();
    expect(oauthProviders().map((p) => p.id)).toEqual(['github']);
    Object.assign(process.env, { AUTH_LINKEDIN_SECRET: 's', AUTH_GOOGLE_ID: 'g', AUTH_GOOGLE_SECRET: 'gs' });
    resetEnvCache();
    expect(oauthProviders().map((p) => p.id)).toEqual(['github', 'google', 'linkedin']);
  });
});
