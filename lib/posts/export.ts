import { stringify } from 'csv-stringify/sync';
import { escapeFormula } from '@/lib/export/csv-cell';
import type { Db } from '@/db/client';
import { listPosts, type PostListQuery } from './list';

const COLUMNS = [
  ['activity_id', (p: Row) => p.activityId],
  ['url', (p: Row) => p.url],
  ['profile', (p: Row) => p.profileName],
  ['published_at', (p: Row) => p.publishedAt.toISOString()],
  ['media_kind', (p: Row) => p.mediaKind],
  ['visibility', (p: Row) => p.visibility],
  ['text', (p: Row) => p.text],
  ['metrics_captured_on', (p: Row) => p.latestCapturedOn],
  ['impressions', (p: Row) => p.latestImpressions],
  ['members_reached', (p: Row) => p.latestMembersReached],
  ['reactions', (p: Row) => p.latestReactions],
  ['comments', (p: Row) => p.latestComments],
  ['reposts', (p: Row) => p.latestReposts],
  ['clicks', (p: Row) => p.latestClicks],
  ['engagement_rate', (p: Row) => p.latestEngagementRate],
  ['exposed_at_publication', (p: Row) => p.exposedAtPublication],
  ['ever_exposed', (p: Row) => p.everExposed],
  ['exposure_state_at_publication', (p: Row) => p.exposureState],
] as const;

type Row = Awaited<ReturnType<typeof listPosts>>['items'][number];

/** Post texts are untrusted: a text a spreadsheet would run as a formula gets a leading apostrophe. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? escapeFormula(value) : String(value);
}

/** The posts matching the list's filters, with their latest metrics, as CSV, page by page. */
export function exportPostsCsv(db: Db, workspaceId: string, query: PostListQuery): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cursor: string | undefined;
  let started = false;
  return new ReadableStream({
    async pull(controller) {
      if (!started) {
        started = true;
        // A byte-order mark so Excel reads the UTF-8 correctly.
        controller.enqueue(encoder.encode(`\uFEFF${stringify([COLUMNS.map(([name]) => name)])}`));
        return;
      }
      const page = await listPosts(db, workspaceId, { ...query, limit: 100, cursor });
      if (page.items.length) controller.enqueue(encoder.encode(stringify(page.items.map((p) => COLUMNS.map(([, get]) => cell(get(p)))))));
      if (!page.nextCursor) controller.close();
      cursor = page.nextCursor ?? undefined;
    },
  });
}
