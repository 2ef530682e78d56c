import { ZodError, z } from 'zod';
import { describe, expect, it } from 'vitest';
import { returnPath } from '@/app/(auth)/return-path';
import { toFormError } from '@/lib/actions/form-state';
import { errorResponse } from '@/lib/api/respond';
import { clientIp } from '@/lib/auth/client-ip';
import { emailSchema } from '@/lib/auth/email';
import { hashSecret, newSecret } from '@/lib/auth/secrets';
import { describeAuditEvent } from '@/lib/audit';
import { AppError, RateLimitedError, notFound } from '@/lib/errors';
import { SLUG_PATTERN, slugify, withSuffix } from '@/lib/workspaces/slug';

describe('slugify', () => {
  it.each([
    ['Acme Corp', 'acme-corp'],
    ['  Zoë & Co. (EU)  ', 'zoe-co-eu'],
    ['Ada’s workspace', 'ada-s-workspace'],
    ['!!!', 'workspace'],
    ['日本', 'workspace'],
    ['a'.repeat(60), 'a'.repeat(40)],
  ])('turns %j into %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
    expect(slug).toMatch(SLUG_PATTERN);
  });

  it('adds a random suffix that keeps the slug valid', () => {
    const slug = withSuffix('b'.repeat(40));
    expect(slug).toMatch(SLUG_PATTERN);
    expect(slug).not.toBe(withSuffix('b'.repeat(40)));
  });
});

describe('secrets', () => {
  it('are prefixed, long and different every time; their hash is stable', () => {
    const a = newSecret('olk');
    expect(a).toMatch(/^olk_[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(newSecret('olk'));
    expect(hashSecret(a)).toBe(hashSecret(a));
    expect(hashSecret(a)).toHaveLength(64);
  });
});

describe('emails', () => {
  it('are trimmed and lower-cased', () => {
    expect(emailSchema.parse('  Ada@Example.COM ')).toBe('ada@example.com');
  });
  it('must look like an email', () => {
    expect(() => emailSchema.parse('not-an-email')).toThrow(ZodError);
  });
});

describe('returnPath', () => {
  it.each([
    ['/w/acme', '/w/acme'],
    ['/invite/inv_x', '/invite/inv_x'],
    ['https://evil.example', '/'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['/\t/evil.example', '/'],
    ['/%09/evil.example', '/%09/evil.example'], // still a path on our site once decoded by us
    ['/w/acme?tab=1#top', '/w/acme?tab=1#top'],
    [undefined, '/'],
    [['/a', '/b'], '/'],
  ])('keeps only same-site paths: %j → %j', (input, expected) => {
    expect(returnPath(input as string | string[] | undefined)).toBe(expected);
  });
});

describe('clientIp', () => {
  it.each([
    // One proxy in front: the entry it appended is the client; what the client sent is not trusted.
    ['spoofed, 203.0.113.7', 1, '203.0.113.7'],
    ['203.0.113.7', 1, '203.0.113.7'],
    // A CDN and a load balancer: the second entry from the right.
    ['spoofed, 203.0.113.7, 10.0.0.1', 2, '203.0.113.7'],
    // More hops configured than entries present: the leftmost there is.
    ['203.0.113.7', 3, '203.0.113.7'],
    // No proxy (hops = 1): Next's own server put the socket address there.
    ['198.51.100.9', 1, '198.51.100.9'],
  ])('reads %j with %i trusted proxy hops as %s', (header, hops, ip) => {
    expect(clientIp(new Headers({ 'x-forwarded-for': header }), hops)).toBe(ip);
  });

  it('falls back to X-Real-IP, then "unknown"', () => {
    expect(clientIp(new Headers({ 'x-real-ip': '198.51.100.2' }), 1)).toBe('198.51.100.2');
    expect(clientIp(new Headers(), 1)).toBe('unknown');
  });
});

describe('the API error shape', () => {
  it('maps each error code to its status with { error: { code, message } }', async () => {
    const response = errorResponse(notFound('Workspace not found.'));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: 'not_found', message: 'Workspace not found.' } });
  });

  it('sends Retry-After with 429', () => {
    const response = errorResponse(new RateLimitedError('Slow down.', 42));
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('42');
  });

  it('lists where a request was invalid', async () => {
    const parsed = z.object({ name: z.string() }).safeParse({ name: 3 });
    const response = errorResponse(parsed.error);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe('bad_request');
    expect(body.error.details[0].path).toBe('name');
  });

  it('hides unexpected errors behind a 500 without their message', async () => {
    const response = errorResponse(new Error('password=hunter2 leaked in a stack'));
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toContain('hunter2');
  });
});

describe('toFormError', () => {
  it('turns validation issues into field errors', () => {
    const parsed = z.object({ email: z.string().min(3, 'Too short.') }).safeParse({ email: 'a' });
    expect(toFormError(parsed.error)).toMatchObject({ status: 'error', code: 'bad_request', fieldErrors: { email: ['Too short.'] } });
  });

  it('passes an AppError’s message and field errors through', () => {
    const error = new AppError('bad_request', 'That URL is taken.', { fieldErrors: { slug: ['That URL is taken.'] } });
    expect(toFormError(error)).toEqual({ status: 'error', code: 'bad_request', message: 'That URL is taken.', fieldErrors: { slug: ['That URL is taken.'] } });
  });
});

describe('describeAuditEvent', () => {
  it.each([
    [{ action: 'member.role_changed', data: { email: 'b@x.co', from: 'viewer', to: 'editor' } }, 'Changed b@x.co’s role from viewer to editor'],
    [{ action: 'member.invited', data: { email: null, role: 'viewer' } }, 'Invited anyone with the link as viewer'],
    [{ action: 'token.created', data: { name: 'Zapier', role: 'editor' } }, 'Created the API token “Zapier” (editor)'],
  ])('says %j in plain words', (event, text) => {
    expect(describeAuditEvent(event)).toBe(text);
  });
});
