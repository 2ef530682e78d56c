// detectMentions: spans (scan.ts) → sentences (sentences.ts) → rank, GEO scores, sentiment,
// citations.
//
// Visibility is the position-adjusted word count of Aggarwal et al., "GEO: Generative Engine
// Optimization" (KDD 2024; arXiv:2311.09735, 2023). With the answer split into sentences
// s_0 … s_{N-1} and S_e the sentences that name entity e:
//
//   visibility(e) = Σ_{s ∈ S_e} share_e(s) · words(s) · exp(−pos(s) / N)  /  Σ_s words(s)
//   wordShare(e)  = Σ_{s ∈ S_e} share_e(s) · words(s)                     /  Σ_s words(s)
//
// where pos(s) is the sentence's index (0 = first) and share_e(s) = 1 / (number of distinct
// entities named in s): a sentence naming two entities gives each half its words, however often
// or in which order they appear in it. Every word is counted at most once and exp(·) ≤ 1, so the
// scores of all entities of one answer sum to at most 1 (exactly 1 for wordShare when every
// sentence names an entity).
//
// Rank: entities ordered by their first mention's start (1 = first).
// Sentiment: see sentiment.ts; a mention gets its sentence's score, an entity the comparative
// score of all its sentences together (Σ score / Σ tokens), both clamped to [-1, 1].

import type { Matcher } from './matcher';
import { findSpans, type Span } from './scan';
import { sentenceAt, splitSentences } from './sentences';
import { comparative, scoreText, type SentimentScore } from './sentiment';
import { citationHost, hostMatches, linkedinPostId } from './citations';
import { codePointAt, isWordCodePoint } from './fold';
import type { CitationDetection, DetectOptions, DetectionResult, EntityDetection, Mention } from './types';

/** First offset in [start, end) holding a letter or digit (where the span's words begin). */
function wordAnchor(text: string, start: number, end: number): number {
  for (let i = start; i < end; ) {
    const cp = codePointAt(text, i);
    if (isWordCodePoint(cp)) return i;
    i += cp > 0xffff ? 2 : 1;
  }
  return start;
}

function detectCitations(matcher: Matcher, citations: readonly string[], options: DetectOptions | undefined): CitationDetection[] {
  if (citations.length === 0) return [];
  const posts = new Set((options?.linkedinActivityIds ?? []).map((id) => (typeof id === 'string' ? linkedinPostId(id) : null)).filter((id): id is string => id !== null));
  return citations.map((raw) => {
    const url = typeof raw === 'string' ? raw : String(raw);
    const host = citationHost(url);
    const entityIds: string[] = [];
    let ours = false;
    if (host !== null) {
      for (const entity of matcher.entities) {
        if (entity.domains.some((d) => hostMatches(host, d))) {
          entityIds.push(entity.id);
          if (entity.isUs) ours = true;
        }
      }
    }
    const postId = linkedinPostId(url);
    if (postId !== null && posts.has(postId)) ours = true;
    return { url, host, entityIds, linkedinPostId: postId, ours };
  });
}

export function detectMentions(matcher: Matcher, answer: string, citations?: readonly string[], options?: DetectOptions): DetectionResult {
  const text = typeof answer === 'string' ? answer : '';
  const citationResults = detectCitations(matcher, Array.isArray(citations) ? citations : [], options);
  const spans = findSpans(matcher.compiled, text);
  if (spans.length === 0) return { mentions: [], entities: [], citations: citationResults, sentenceCount: 0, wordCount: 0 };

  const sentences = splitSentences(text);
  const N = sentences.starts.length;
  const W = sentences.totalWords;

  // Per entity: first start, count, GEO sums, sentiment sums (entities of this answer only).
  interface Acc {
    entity: number;
    firstStart: number;
    count: number;
    visibility: number;
    wordShare: number;
    score: number;
    tokens: number;
  }
  const accs = new Map<number, Acc>();
  const spanSentiment = new Float64Array(spans.length);

  // The sentence of each span: the one holding its first letter or digit (-1: none). Spans are
  // disjoint and sorted, so these are non-decreasing apart from -1s and come in runs.
  const spanSentence = new Int32Array(spans.length);
  spans.forEach((span, j) => {
    spanSentence[j] = sentenceAt(sentences, wordAnchor(text, span.start, span.end));
  });
  let k = 0;
  while (k < spans.length) {
    const s = spanSentence[k] as number;
    let stop = k + 1;
    while (stop < spans.length && spanSentence[stop] === s) stop++;
    let sc: SentimentScore = { score: 0, tokens: 0 };
    const named: number[] = [];
    for (let j = k; j < stop; j++) {
      const span = spans[j] as Span;
      let acc = accs.get(span.entry.entity);
      if (!acc) {
        acc = { entity: span.entry.entity, firstStart: span.start, count: 0, visibility: 0, wordShare: 0, score: 0, tokens: 0 };
        accs.set(span.entry.entity, acc);
      }
      acc.count++;
      if (!named.includes(span.entry.entity)) named.push(span.entry.entity);
    }
    if (s >= 0) {
      // Sentiment of the sentence with every name in it blanked.
      const from = sentences.starts[s] as number;
      const to = sentences.ends[s] as number;
      let blanked = '';
      let cursor = from;
      for (let j = k; j < stop; j++) {
        const span = spans[j] as Span;
        const a = Math.max(span.start, cursor);
        const b = Math.min(span.end, to);
        if (a > cursor) blanked += text.slice(cursor, a);
        if (b > a) blanked += ' ';
        cursor = Math.max(cursor, b);
      }
      if (cursor < to) blanked += text.slice(cursor, to);
      sc = scoreText(blanked);
      // GEO: the sentence's words, split equally between the entities it names.
      const words = (sentences.words[s] as number) / named.length;
      const weight = Math.exp(-s / N);
      for (const entity of named) {
        const acc = accs.get(entity) as Acc;
        acc.wordShare += words;
        acc.visibility += words * weight;
        acc.score += sc.score;
        acc.tokens += sc.tokens;
      }
    }
    spanSentiment.fill(comparative(sc.score, sc.tokens), k, stop);
    k = stop;
  }
  for (const acc of accs.values()) {
    acc.wordShare = W > 0 ? acc.wordShare / W : 0;
    acc.visibility = W > 0 ? acc.visibility / W : 0;
  }

  const ranked = [...accs.values()].sort((a, b) => a.firstStart - b.firstStart || a.entity - b.entity);
  const rankOf = new Map<number, number>();
  const citedEntities = new Set(citationResults.flatMap((c) => c.entityIds));
  const entities: EntityDetection[] = ranked.map((acc, i) => {
    rankOf.set(acc.entity, i + 1);
    const id = (matcher.entities[acc.entity] as { id: string }).id;
    return {
      entityId: id,
      rank: i + 1,
      visibility: acc.visibility,
      wordShare: acc.wordShare,
      sentiment: comparative(acc.score, acc.tokens),
      count: acc.count,
      firstStart: acc.firstStart,
      ownCitation: citedEntities.has(id),
    };
  });

  const mentions: Mention[] = spans.map((span, k) => {
    const acc = accs.get(span.entry.entity) as Acc;
    return {
      entityId: (matcher.entities[span.entry.entity] as { id: string }).id,
      alias: span.entry.alias,
      start: span.start,
      end: span.end,
      rank: rankOf.get(span.entry.entity) as number,
      visibility: acc.visibility,
      wordShare: acc.wordShare,
      sentiment: spanSentiment[k] as number,
    };
  });

  return { mentions, entities, citations: citationResults, sentenceCount: N, wordCount: W };
}
