import type { PostSort } from '@/lib/posts/list';

// The posts list lives in its URL (filters, sort, page), so a view can be bookmarked and
// shared. These helpers read the search params and build links that change one thing.

export const LIST_KEYS = ['profile', 'from', 'to', 'exposure', 'q', 'sort', 'dir', 'cursor'] as const;
export type ListKey = (typeof LIST_KEYS)[number];
export type ListParams = Partial<Record<ListKey, string>>;

export function readListParams(search: Record<string, string | string[] | undefined>): ListParams {
  const params: ListParams = {};
  for (const key of LIST_KEYS) {
    const raw = search[key];
    const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
    if (value) params[key] = value;
  }
  return params;
}

export function listQuery(params: ListParams, changes: ListParams & Partial<Record<ListKey, string | undefined>> = {}): string {
  const merged: Record<string, string | undefined> = { ...params, ...changes };
  const query = new URLSearchParams();
  for (const key of LIST_KEYS) if (merged[key]) query.set(key, merged[key]!);
  const text = query.toString();
  return text ? `?${text}` : '';
}

export const currentSort = (params: ListParams): { sort: PostSort; dir: 'asc' | 'desc' } => ({
  sort: (params.sort ?? 'published') as PostSort,
  dir: params.dir === 'asc' ? 'asc' : 'desc',
});

/** The link of a column heading: the same column flips direction; another starts descending. Back to page one. */
export function sortQuery(params: ListParams, sort: PostSort): string {
  const now = currentSort(params);
  const dir = now.sort === sort && now.dir === 'desc' ? 'asc' : 'desc';
  return listQuery(params, { sort, dir, cursor: undefined });
}
