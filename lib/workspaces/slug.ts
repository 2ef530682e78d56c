import { randomBytes } from 'node:crypto';

/** "Acme Corp. (EU)" → "acme-corp-eu"; diacritics folded, at most 40 characters. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
  return slug || 'workspace';
}

export const withSuffix = (slug: string) => `${slug.slice(0, 33)}-${randomBytes(3).toString('hex')}`;

export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;
