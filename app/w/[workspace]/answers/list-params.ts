// The answers list lives in its URL (filters and page), so a view can be bookmarked and
// shared. These helpers read the search params and build links that change one thing.

export const LIST_KEYS = ['engine', 'entity', 'prompt', 'from', 'to', 'cursor'] as const;
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

export function listQuery(params: ListParams, changes: Partial<Record<ListKey, string | undefined>> = {}): string {
  const merged: Record<string, string | undefined> = { ...params, ...changes };
  const query = new URLSearchParams();
  for (const key of LIST_KEYS) if (merged[key]) query.set(key, merged[key]!);
  const text = query.toString();
  return text ? `?${text}` : '';
}
