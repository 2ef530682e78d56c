// LinkedIn post references: every URL and URN form a LinkedIn file uses for one post.
//
// Seen in exports (FORMATS.md):
//   https://www.linkedin.com/feed/update/urn%3Ali%3AugcPost%3A7458194261025673216   (Shares.csv: URL-encoded URN)
//   https://www.linkedin.com/feed/update/urn:li:activity:7458194261025673216/      (post analytics, with slash)
//   https://www.linkedin.com/posts/jane-doe_title-words-activity-7458194261025673216-AbCd/?utm_source=share
//   https://www.linkedin.com/posts/jane-doe_title-words-ugcPost-7458194261025673216-AbCd   (TOP POSTS sheet)
//   urn:li:share:7448081445065035776                                                  (plain URN)
// The 19-digit number is the post's identity; its top bits are the creation time in ms
// (`id >> 22`), which LinkedIn uses for every share, ugcPost and activity id.

export type PostUrnKind = 'activity' | 'share' | 'ugcPost';

export interface PostRef {
  id: string;
  kind: PostUrnKind;
}

const URN = /urn:li:(activity|share|ugcPost):(\d{15,20})(?!\d)/i;
const SLUG = /-(activity|share|ugcPost)-(\d{15,20})(?![\d])/i;
const BARE_ID = /^\d{15,20}$/;

/** The post a URL, URN or bare id names, or null if it names none. */
export function parsePostRef(urlOrUrn: string): PostRef | null {
  const raw = urlOrUrn.trim();
  if (raw === '') return null;
  if (BARE_ID.test(raw)) return { id: raw, kind: 'activity' };
  const text = decodeRepeatedly(raw);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) && !isLinkedInHost(text)) return null;
  const match = URN.exec(text) ?? SLUG.exec(text);
  if (!match?.[1] || !match[2]) return null;
  return { id: match[2], kind: kindOf(match[1]) };
}

/** LinkedIn's 19-digit post id from any URL or URN form, or null. */
export function activityIdFromUrl(urlOrUrn: string): string | null {
  return parsePostRef(urlOrUrn)?.id ?? null;
}

/** A URL that opens the post; keep the URN kind the id came with, as ids of one kind do not resolve as another. */
export function canonicalPostUrl(id: string, kind: PostUrnKind = 'activity'): string {
  return `https://www.linkedin.com/feed/update/urn:li:${kind}:${id}/`;
}

/** When the post was created, from the time LinkedIn packs into the top bits of its id. */
export function activityIdTime(id: string): Date {
  return new Date(Number(BigInt(id) >> 22n));
}

/** The id's time when it is a plausible post time (LinkedIn's id scheme starts in the 2010s), else null. */
export function plausibleIdTime(id: string): Date | null {
  if (!/^\d{1,20}$/.test(id)) return null;
  const time = activityIdTime(id);
  const ms = time.getTime();
  return ms > Date.UTC(2010, 0, 1) && ms < Date.now() + 86_400_000 ? time : null;
}

function kindOf(text: string): PostUrnKind {
  const lower = text.toLowerCase();
  return lower === 'ugcpost' ? 'ugcPost' : lower === 'share' ? 'share' : 'activity';
}

function isLinkedInHost(url: string): boolean {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host === 'linkedin.com' || host.endsWith('.linkedin.com') || host === 'lnkd.in';
  } catch {
    return false;
  }
}

// Shares.csv encodes the URN once; links pasted from mail or chat are sometimes encoded twice.
function decodeRepeatedly(text: string): string {
  let current = text;
  for (let i = 0; i < 3 && /%[0-9a-f]{2}/i.test(current); i++) {
    try {
      current = decodeURIComponent(current);
    } catch {
      break;
    }
  }
  return current;
}
