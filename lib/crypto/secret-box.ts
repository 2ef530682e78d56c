import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Engine API keys at rest: AES-256-GCM under a key derived from the server secret.
 *
 * Sealed form: `v1.<iv>.<tag>.<ciphertext>`, each part base64url. The version prefix lets a
 * later scheme (another KDF label, a key rotation) read old rows and re-seal them.
 *
 * Why HKDF and not the server secret itself: the secret is an arbitrary string shared with
 * other uses (session signing); HKDF with a label of its own gives an independent 32-byte
 * key, so a key recovered from one use says nothing about the other. The salt is a fixed
 * constant on purpose: the input is already a high-entropy secret, and a random salt would
 * have to be stored next to every row for no gain.
 */

const VERSION = 'v1';
const HKDF_SALT = 'optlens/secret-box/salt/2025';
const HKDF_INFO = 'optlens engine api keys v1';
const IV_BYTES = 12; // the GCM standard nonce size; random per seal (2^32 seals per key are safe)
const TAG_BYTES = 16;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

export type SecretBoxErrorReason = 'malformed' | 'unsupported_version' | 'not_authentic' | 'no_server_secret';

export class SecretBoxError extends Error {
  constructor(
    readonly reason: SecretBoxErrorReason,
    message: string,
  ) {
    super(message);
    this.name = 'SecretBoxError';
  }
}

// Derivation is cheap (one HMAC round) but runs per call; caching by secret keeps the
// secret in memory no longer than the process already does.
const keyCache = new Map<string, Buffer>();

function deriveKey(serverSecret: string): Buffer {
  if (!serverSecret) {
    throw new SecretBoxError('no_server_secret', 'No server secret given: API keys cannot be encrypted or decrypted.');
  }
  let key = keyCache.get(serverSecret);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', serverSecret, HKDF_SALT, HKDF_INFO, 32));
    if (keyCache.size > 16) keyCache.clear(); // a rotated secret should not pile up keys
    keyCache.set(serverSecret, key);
  }
  return key;
}

export function sealSecret(plaintext: string, serverSecret: string): string {
  const key = deriveKey(serverSecret);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  // The version is authenticated too: a v1 ciphertext cannot be passed off as another version.
  cipher.setAAD(Buffer.from(VERSION));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, iv.toString('base64url'), tag.toString('base64url'), ciphertext.toString('base64url')].join('.');
}

export function openSecret(sealed: string, serverSecret: string): string {
  const parts = sealed.split('.');
  if (parts.length !== 4) {
    throw new SecretBoxError('malformed', 'Not a sealed secret: expected four dot-separated parts (v1.iv.tag.ciphertext).');
  }
  const [version, ivText, tagText, cipherText] = parts as [string, string, string, string];
  if (version !== VERSION) {
    throw new SecretBoxError('unsupported_version', `Unsupported sealed secret version "${version.slice(0, 10)}": expected ${VERSION}.`);
  }
  const iv = decodePart(ivText, 'IV');
  const tag = decodePart(tagText, 'tag');
  const ciphertext = decodePart(cipherText, 'ciphertext');
  if (iv.length !== IV_BYTES) throw new SecretBoxError('malformed', `The sealed secret's IV must be ${IV_BYTES} bytes.`);
  if (tag.length !== TAG_BYTES) throw new SecretBoxError('malformed', `The sealed secret's tag must be ${TAG_BYTES} bytes.`);

  const decipher = createDecipheriv('aes-256-gcm', deriveKey(serverSecret), iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(VERSION));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
  } catch {
    // GCM cannot tell a wrong key from tampering; both mean the stored key is unusable.
    throw new SecretBoxError(
      'not_authentic',
      'The sealed secret does not verify: the server secret changed or the stored value was altered. Enter the API key again.',
    );
  }
}

function decodePart(text: string, name: string): Buffer {
  // Buffer.from(…, 'base64url') silently skips bad characters; check first so garbage fails loudly.
  if (!BASE64URL.test(text)) {
    throw new SecretBoxError('malformed', `The sealed secret's ${name} is not base64url.`);
  }
  return Buffer.from(text, 'base64url');
}

/**
 * A hint to recognise a stored key without revealing it: `…abcd`. Keys shorter than 12
 * characters show nothing but `…`, since four characters of a short key are a large share of it.
 */
export function secretHint(plaintext: string): string {
  const chars = Array.from(plaintext.trim()); // code points, so a hint never splits a surrogate pair
  if (chars.length < 12) return '…';
  return `…${chars.slice(-4).join('')}`;
}
