import type { ExposureBand } from '@/lib/dashboard/bands';

// Periods of effective training exposure on a chart whose x axis is buckets (days, weeks or
// months named by their first day): each band covers the buckets it touches. Bands where every
// profile was exposed are shaded darker than those where only some were.

export interface ShadedArea {
  x1: string;
  x2: string;
  all: boolean;
  label: string;
}

export function shadedAreas(bands: readonly ExposureBand[], buckets: readonly string[]): ShadedArea[] {
  if (buckets.length === 0) return [];
  const bucketOf = (day: string) => {
    let found: string | undefined;
    for (const b of buckets) if (b <= day) found = b;
    return found ?? buckets[0]!;
  };
  const lastDay = (to: string) => new Date(new Date(`${to}T00:00:00Z`).getTime() - 86_400_000).toISOString().slice(0, 10);
  return bands.map((band) => ({
    x1: bucketOf(band.from),
    x2: bucketOf(lastDay(band.to)),
    all: band.exposedProfiles === band.totalProfiles,
    label: band.totalProfiles === 1 ? 'under exposure' : `${band.exposedProfiles} of ${band.totalProfiles} profiles under exposure`,
  }));
}

/** Annotation and opt-in markers placed on the bucket holding their day. */
export function markerBucket(day: string, buckets: readonly string[]): string | null {
  let found: string | null = null;
  for (const b of buckets) if (b <= day) found = b;
  return found;
}
