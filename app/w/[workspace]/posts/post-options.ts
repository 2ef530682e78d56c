import type { Profile } from '@/db/schema';
import { MEDIA_KINDS } from '@/lib/posts/posts';

// Choices of the post form. Visibility values are LinkedIn's own (Shares.csv's Visibility column).

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const mediaKindOptions = [{ value: '', label: 'Not known' }, ...MEDIA_KINDS.map((k) => ({ value: k, label: capitalise(k) }))];

const VISIBILITIES = [
  { value: 'PUBLIC', label: 'Anyone' },
  { value: 'CONNECTIONS', label: 'Connections only' },
  { value: 'MEMBER_NETWORK', label: 'Member network' },
];

export const visibilityLabel = (value: string) => VISIBILITIES.find((v) => v.value === value)?.label ?? value;

/** LinkedIn's values, plus an imported value the list does not know so editing keeps it. */
export function visibilityOptions(current?: string | null) {
  const known = VISIBILITIES.some((v) => v.value === current);
  return [{ value: '', label: 'Not known' }, ...VISIBILITIES, ...(current && !known ? [{ value: current, label: current }] : [])];
}

/** Profiles to pick from: the active ones, plus the post's own if it is archived. */
export function profileOptions(profiles: Profile[], keep?: string) {
  return profiles.filter((p) => !p.archivedAt || p.id === keep).map((p) => ({ value: p.id, label: p.archivedAt ? `${p.name} (archived)` : p.name }));
}
