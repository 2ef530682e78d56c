// Cutting an answer into plain and highlighted pieces for display. Spans come from the
// database (UTF-16 offsets, end exclusive), but a page must render whatever is stored: a span
// past the end, overlapping another, or splitting an emoji after a bad import is skipped, and
// the text is always shown whole.

/** A span to mark (a mention, a privacy finding): UTF-16 offsets, end exclusive. */
export interface HighlightSpan {
  start: number;
  end: number;
}

export interface Segment<M extends HighlightSpan = HighlightSpan> {
  text: string;
  /** Set when this piece is a mention: `text` is then exactly the mention's span. */
  mention?: M;
}

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** True when cutting `text` at `at` would separate a surrogate pair (half an emoji). */
export function splitsSurrogatePair(text: string, at: number): boolean {
  return at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));
}

/**
 * The spans that can be shown, in order: integer offsets inside the text, not empty, not
 * splitting a surrogate pair, and not overlapping an earlier one (at the same start, the
 * longer span wins).
 */
export function usableSpans<M extends HighlightSpan>(text: string, mentions: readonly M[]): M[] {
  const valid = mentions.filter(
    (m) =>
      Number.isSafeInteger(m.start) &&
      Number.isSafeInteger(m.end) &&
      m.start >= 0 &&
      m.start < m.end &&
      m.end <= text.length &&
      !splitsSurrogatePair(text, m.start) &&
      !splitsSurrogatePair(text, m.end),
  );
  valid.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: M[] = [];
  let cursor = 0;
  for (const m of valid) {
    if (m.start < cursor) continue;
    kept.push(m);
    cursor = m.end;
  }
  return kept;
}

/** Ordered pieces covering `text` exactly once; mention pieces equal text.slice(start, end). */
export function highlightSegments<M extends HighlightSpan>(text: string, mentions: readonly M[]): Segment<M>[] {
  const segments: Segment<M>[] = [];
  let cursor = 0;
  for (const m of usableSpans(text, mentions)) {
    if (m.start > cursor) segments.push({ text: text.slice(cursor, m.start) });
    segments.push({ text: text.slice(m.start, m.end), mention: m });
    cursor = m.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return segments;
}

export interface Excerpt<M extends HighlightSpan> {
  segments: Segment<M>[];
  /** Where the excerpt lies in the answer (UTF-16 offsets, end exclusive). */
  from: number;
  to: number;
  /** Text was left out before / after the excerpt (show an ellipsis). */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** Moves `at` by one code unit in `direction` when it would split a surrogate pair. */
const onCodePoint = (text: string, at: number, direction: 1 | -1) => (splitsSurrogatePair(text, at) ? at + direction : at);

/**
 * About `maxChars` of the answer for a list: from a little before the first mention (so the
 * reader sees why it is listed), cut at spaces where possible, with the mentions inside it
 * highlighted. Mentions in the excerpt keep their fields; their offsets are the excerpt's.
 */
export function answerExcerpt<M extends HighlightSpan>(text: string, mentions: readonly M[], maxChars = 280): Excerpt<M> {
  maxChars = Number.isFinite(maxChars) && maxChars >= 1 ? Math.floor(maxChars) : 1;
  const spans = usableSpans(text, mentions);
  const first = spans[0];
  const lead = Math.floor(maxChars / 4);
  let from = 0;
  if (first && first.start > lead) {
    from = first.start - lead;
    // Start at the next word, unless that would skip past the mention.
    const space = text.slice(from, first.start).search(/\s/);
    if (space >= 0) from += space + 1;
    from = onCodePoint(text, from, 1);
  }
  let to = Math.min(text.length, from + maxChars);
  if (to < text.length) {
    const lastSpace = text.slice(from, to).search(/\s\S*$/);
    if (lastSpace > maxChars * 0.6) to = from + lastSpace;
    to = onCodePoint(text, to, -1);
  }
  // A mention longer than the window is shown whole rather than cut.
  if (first && first.end > to) to = first.end;
  const inside = spans.filter((m) => m.start >= from && m.end <= to).map((m) => ({ ...m, start: m.start - from, end: m.end - from }));
  return { segments: highlightSegments(text.slice(from, to), inside), from, to, cutBefore: from > 0, cutAfter: to < text.length };
}
