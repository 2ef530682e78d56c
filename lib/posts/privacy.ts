import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { rowsOf } from '@/db/results';
import type { PrivacyFindingRow } from '@/db/schema';
import { scanPrivacy } from '@/lib/privacy';

// Posts' privacy findings are derived data, written in the background: imports stay as fast
// as before, and a better scanner (a higher version here) re-scans every post once. The
// scheduler's tick calls scanPostsPrivacy; batches are claimed with SKIP LOCKED, so several
// servers share the work without scanning a post twice.

/** Raise when lib/privacy finds something new: every post is scanned again. */
export const PRIVACY_SCAN_VERSION = 1;
const BATCH = 1000;

export function privacyOf(text: string | null, authorName: string | null): { score: number; findings: PrivacyFindingRow[] } {
  if (!text) return { score: 0, findings: [] };
  const result = scanPrivacy(text, { authorNames: authorName ? [authorName] : [] });
  return { score: result.score, findings: result.findings.map(({ kind, start, end, weight }) => ({ kind, start, end, weight })) };
}

/** Scans one batch of posts not yet scanned by this version (any workspace); replies with how many. */
export async function scanPostsPrivacyBatch(db: Db, batch = BATCH): Promise<number> {
  return db.transaction(async (tx) => {
    const rows = rowsOf<{ id: string; text: string | null; author: string }>(
      await tx.execute(sql`
        select p.id, p.text, pr.name as author from posts p join profiles pr on pr.id = p.profile_id
        where p.privacy_scanned_version < ${PRIVACY_SCAN_VERSION}
        order by p.privacy_scanned_version, p.id limit ${batch}
        for update of p skip locked`),
    );
    if (rows.length === 0) return 0;
    const scanned = rows.map((row) => ({ id: row.id, ...privacyOf(row.text, row.author) }));
    await tx.execute(sql`
      update posts set privacy_score = x.score, privacy_findings = x.findings, privacy_scanned_version = ${PRIVACY_SCAN_VERSION}
      from jsonb_to_recordset(${JSON.stringify(scanned)}::jsonb) as x(id uuid, score float8, findings jsonb)
      where posts.id = x.id`);
    return rows.length;
  });
}

/** Scans until no post is left or `maxPosts` were scanned (a tick must not run for ever). */
export async function scanPostsPrivacy(db: Db, maxPosts = 20_000): Promise<number> {
  let total = 0;
  while (total < maxPosts) {
    const scanned = await scanPostsPrivacyBatch(db);
    if (scanned === 0) break;
    total += scanned;
  }
  return total;
}
