import { ProbeError } from './errors';
import type { ProbeAnswer } from './types';

/**
 * The http(s) URLs among `candidates`, each once (compared as parsed URLs), in order, as the
 * engine wrote them. Anything else (relative paths, `javascript:`, non-strings) is dropped:
 * citations end up as links in reports.
 */
export function uniqueHttpUrls(candidates: readonly unknown[]): string[] {
  const seen = new Set<string>();
  const urls: string[] = [];
  for (const candidate of candidates) {
    if (typeof candidate !== 'string') continue;
    const text = candidate.trim();
    let parsed: URL;
    try {
      parsed = new URL(text);
    } catch {
      continue;
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') continue;
    if (seen.has(parsed.href)) continue;
    seen.add(parsed.href);
    urls.push(text);
  }
  return urls;
}

export interface AnswerParts {
  text: string;
  model: string | null | undefined;
  /** Cited URLs first, then the ones only searched: the order citations keep. */
  urls: readonly unknown[];
  inputTokens: number | null | undefined;
  outputTokens: number | null | undefined;
  finishReason: string | null | undefined;
}

/** The answer, or `empty_answer` when the engine said nothing (only whitespace). */
export function toProbeAnswer(parts: AnswerParts): ProbeAnswer {
  const text = parts.text.trim();
  const finishReason = parts.finishReason ?? null;
  if (!text) {
    const why = finishReason ? ` (finish reason: ${finishReason}` + (/length|max_tokens/.test(finishReason) ? '; raise max tokens' : '') + ')' : '';
    throw new ProbeError({ kind: 'empty_answer', status: 200, message: `The engine returned an empty answer${why}.` });
  }
  return {
    text,
    model: parts.model ?? null,
    citations: uniqueHttpUrls(parts.urls),
    usage: { inputTokens: count(parts.inputTokens), outputTokens: count(parts.outputTokens) },
    finishReason,
  };
}

function count(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}
