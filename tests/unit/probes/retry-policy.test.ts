import { describe, expect, it } from 'vitest';
import { uniqueHttpUrls } from '@/lib/probes/clients/answer';
import { backoffDelay, retryAfterMs } from '@/lib/probes/clients/retry';

describe('backoffDelay', () => {
  it.each([
    [1, 0.999999, 999],
    [2, 0.999999, 1999],
    [3, 0.5, 2000],
    [6, 0.999999, 29_999], // 32 s capped at 30 s
    [40, 0.999999, 29_999],
    [1, 0, 0],
  ])('retry %i with random %d waits %i ms (base 1 s, cap 30 s)', (retry, random, expected) => {
    expect(backoffDelay(retry, 1000, 30_000, () => random)).toBe(expected);
  });
});

describe('retryAfterMs', () => {
  const now = Date.parse('2025-06-01T12:00:00Z');
  it.each<[Record<string, string>, number | null]>([
    [{}, null],
    [{ 'retry-after': '3' }, 3000],
    [{ 'retry-after': '1.5' }, 1500],
    [{ 'retry-after': '0' }, 0],
    [{ 'retry-after': 'Sun, 01 Jun 2025 12:00:20 GMT' }, 20_000],
    [{ 'retry-after': 'Sun, 01 Jun 2025 11:00:00 GMT' }, 0],
    [{ 'retry-after': 'soon' }, null],
    [{ 'retry-after-ms': '250', 'retry-after': '1' }, 250],
  ])('reads %j as %j', (headers, expected) => {
    expect(retryAfterMs(new Headers(headers), now)).toBe(expected);
  });
});

describe('uniqueHttpUrls', () => {
  it('keeps http(s) URLs once each, in order, as written', () => {
    expect(
      uniqueHttpUrls([
        'https://a.example/x',
        ' https://a.example/x ',
        'HTTPS://A.EXAMPLE/x',
        'javascript:alert(1)',
        '/relative',
        42,
        null,
        'http://b.example',
        'http://b.example/',
      ]),
    ).toEqual(['https://a.example/x', 'http://b.example']);
  });
});
