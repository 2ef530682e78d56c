import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openSecret, sealSecret, SecretBoxError, secretHint } from '@/lib/crypto/secret-box';

const SERVER_SECRET = 'test-server-secret-0123456789abcdef';

/** `sealed` with one byte of part `index` (1 iv, 2 tag, 3 ciphertext) flipped. */
function flipByte(sealed: string, index: 1 | 2 | 3): string {
  const parts = sealed.split('.');
  const bytes = Buffer.from(parts[index]!, 'base64url');
  bytes[0] = bytes[0]! ^ 0x01;
  parts[index] = bytes.toString('base64url');
  return parts.join('.');
}

function reasonOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof SecretBoxError) return error.reason;
    throw error;
  }
  throw new Error('did not throw');
}

describe('sealSecret and openSecret', () => {
  it.each([['sk-proj-abc123'], [''], ['clé 🔑 ключ 鍵'], ['x'.repeat(10_000)]])('round-trip %j', (plaintext) => {
    const sealed = sealSecret(plaintext, SERVER_SECRET);
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]*$/);
    expect(openSecret(sealed, SERVER_SECRET)).toBe(plaintext);
  });

  it('round-trip any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (plaintext) => openSecret(sealSecret(plaintext, SERVER_SECRET), SERVER_SECRET) === plaintext));
  });

  it('use a fresh IV every time, so equal keys do not look equal', () => {
    const a = sealSecret('sk-same', SERVER_SECRET);
    const b = sealSecret('sk-same', SERVER_SECRET);
    expect(a.split('.')[1]).not.toBe(b.split('.')[1]);
    expect(a).not.toBe(b);
  });

  it('never contain the plaintext', () => {
    const plaintext = 'sk-plain-visible-key';
    const sealed = sealSecret(plaintext, SERVER_SECRET);
    expect(sealed).not.toContain(plaintext);
    expect(Buffer.from(sealed.split('.')[3]!, 'base64url').toString('utf8')).not.toContain(plaintext);
  });

  it.each<[1 | 2 | 3, string]>([
    [1, 'IV'],
    [2, 'tag'],
    [3, 'ciphertext'],
  ])('refuse a sealed secret with a byte of part %i (%s) flipped', (index) => {
    const tampered = flipByte(sealSecret('sk-proj-abc123', SERVER_SECRET), index);
    expect(() => openSecret(tampered, SERVER_SECRET)).toThrow(SecretBoxError);
    expect(reasonOf(() => openSecret(tampered, SERVER_SECRET))).toBe('not_authentic');
  });

  it('refuse a different server secret, saying what to do', () => {
    const sealed = sealSecret('sk-proj-abc123', SERVER_SECRET);
    expect(() => openSecret(sealed, 'another-server-secret-0123456789')).toThrow(/server secret changed.*Enter the API key again/);
  });

  it('refuse an empty server secret', () => {
    expect(reasonOf(() => sealSecret('sk', ''))).toBe('no_server_secret');
  });

  const valid = sealSecret('sk-proj-abc123', SERVER_SECRET);
  const [, iv, tag, ciphertext] = valid.split('.') as [string, string, string, string];
  it.each<[string, string]>([
    ['', 'malformed'],
    ['sk-proj-plain-text-key', 'malformed'],
    ['v1.a.b', 'malformed'],
    [`${valid}.extra`, 'malformed'],
    [`v2.${iv}.${tag}.${ciphertext}`, 'unsupported_version'],
    [`V1.${iv}.${tag}.${ciphertext}`, 'unsupported_version'],
    [`v1.${iv}!.${tag}.${ciphertext}`, 'malformed'],
    [`v1.${iv}.${tag}.${ciphertext}=`, 'malformed'],
    [`v1..${tag}.${ciphertext}`, 'malformed'],
    [`v1.${iv}AA.${tag}.${ciphertext}`, 'malformed'],
    [`v1.${iv}.${tag.slice(0, 10)}.${ciphertext}`, 'malformed'],
    [`v1.${iv}.${tag}.`, 'not_authentic'],
  ])('refuse %j as %s', (sealed, reason) => {
    expect(reasonOf(() => openSecret(sealed, SERVER_SECRET))).toBe(reason);
  });
});

describe('secretHint', () => {
  it.each([
    ['sk-proj-1234567890abcd', '…abcd'],
    ['123456789012', '…9012'],
    ['12345678901', '…'],
    ['', '…'],
    ['  sk-proj-1234567890abcd\n', '…abcd'],
    ['sk-proj-12345678🔑🔑🔑🔑', '…🔑🔑🔑🔑'],
  ])('hints %j as %j', (key, hint) => {
    expect(secretHint(key)).toBe(hint);
  });
});
