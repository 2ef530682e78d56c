import { z } from 'zod';
import { toProbeAnswer } from './answer';
import { endpointUrl } from './endpoint';
import { itemsOf, parseReply, type WireFormat } from './wire-format';

// Anthropic's Messages API. https://docs.anthropic.com/en/api/messages

export const ANTHROPIC_BASE_URL = 'https://api.anthropic.com/v1';
const LABEL = 'Anthropic Messages';
const ANTHROPIC_VERSION = '2023-06-01';
/** Anthropic requires max_tokens; 1024 is ample for a probe answer. */
const DEFAULT_MAX_TOKENS = 1024;

const replySchema = z.object({
  model: z.string().nullish().catch(null),
  content: z.array(z.unknown()),
  stop_reason: z.string().nullish().catch(null),
  usage: z
    .object({ input_tokens: z.number().nullish().catch(null), output_tokens: z.number().nullish().catch(null) })
    .nullish()
    .catch(null),
});

// With web search the text comes split into blocks at citation boundaries, each with the
// citations of its span; the search results come in their own blocks (or an error object).
const textBlock = z.object({ type: z.literal('text'), text: z.string(), citations: z.array(z.unknown()).nullish().catch(null) });
const citedUrl = z.object({ url: z.string() });
const searchBlock = z.object({ type: z.literal('web_search_tool_result'), content: z.array(z.unknown()).catch([]) });
const searchResult = z.object({ type: z.literal('web_search_result'), url: z.string() });

export const anthropicFormat: WireFormat = {
  label: LABEL,

  prepare(conn, prompt) {
    const url = endpointUrl({ ...conn, baseUrl: conn.baseUrl.trim() || ANTHROPIC_BASE_URL }, 'messages');
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/json',
      'anthropic-version': ANTHROPIC_VERSION,
    };
    if (conn.apiKey) headers['x-api-key'] = conn.apiKey;
    const body: Record<string, unknown> = {
      model: conn.model,
      max_tokens: conn.maxTokens ?? DEFAULT_MAX_TOKENS,
      messages: [{ role: 'user', content: prompt }],
    };
    if (conn.systemPrompt) body.system = conn.systemPrompt;
    if (conn.temperature != null) body.temperature = conn.temperature;
    return { url, headers, body };
  },

  parse(json) {
    const reply = parseReply(replySchema, json, LABEL);
    const texts = itemsOf(textBlock, reply.content);
    const cited = texts.flatMap((block) => itemsOf(citedUrl, block.citations).map((c) => c.url));
    const searched = itemsOf(searchBlock, reply.content).flatMap((block) => itemsOf(searchResult, block.content).map((r) => r.url));
    return toProbeAnswer({
      text: texts.map((block) => block.text).join(''),
      model: reply.model,
      urls: [...cited, ...searched],
      inputTokens: reply.usage?.input_tokens,
      outputTokens: reply.usage?.output_tokens,
      finishReason: reply.stop_reason,
    });
  },
};
