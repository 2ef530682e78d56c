import { z } from 'zod';
import { toProbeAnswer } from './answer';
import { endpointUrl, isAzureHost, isOpenAiHost } from './endpoint';
import { itemsOf, parseReply, type WireFormat } from './wire-format';

// OpenAI-compatible Chat Completions, as spoken by OpenAI, Azure OpenAI, Perplexity, Gemini's
// OpenAI layer, Mistral, Ollama and most proxies.

const usageSchema = z.object({ prompt_tokens: z.number().nullish().catch(null), completion_tokens: z.number().nullish().catch(null) });

const replySchema = z.object({
  model: z.string().nullish().catch(null),
  choices: z
    .array(
      z.object({
        message: z.object({
          // A string, or (Mistral, some proxies) an array of parts of which `text` ones count.
          content: z.union([z.string(), z.array(z.unknown())]).nullish(),
          refusal: z.string().nullish().catch(null),
          // OpenAI's web search: `{ type: 'url_citation', url_citation: { url } }`.
          annotations: z.array(z.unknown()).nullish().catch(null),
        }),
        finish_reason: z.string().nullish().catch(null),
      }),
    )
    .min(1),
  usage: usageSchema.nullish().catch(null),
  // Perplexity: `citations: string[]` and/or `search_results: [{ url, title }]`.
  citations: z.array(z.unknown()).nullish().catch(null),
  search_results: z.array(z.unknown()).nullish().catch(null),
});

const textPart = z.object({ type: z.literal('text'), text: z.string() });
const urlAnnotation = z.object({ type: z.literal('url_citation'), url_citation: z.object({ url: z.string() }) });
const searchResult = z.object({ url: z.string() });

const LABEL = 'OpenAI-compatible';

export const openAiFormat: WireFormat = {
  label: LABEL,

  prepare(conn, prompt) {
    const url = endpointUrl(conn, 'chat/completions');
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (conn.apiKey) {
      if (isAzureHost(url)) headers['api-key'] = conn.apiKey;
      else headers.authorization = `Bearer ${conn.apiKey}`;
    }
    const messages = [
      ...(conn.systemPrompt ? [{ role: 'system', content: conn.systemPrompt }] : []),
      { role: 'user', content: prompt },
    ];
    const body: Record<string, unknown> = { model: conn.model, messages };
    if (conn.temperature != null) body.temperature = conn.temperature;
    if (conn.maxTokens != null) {
      // OpenAI deprecated max_tokens and its reasoning models refuse it; other servers may
      // not know the new name, so each gets the one it understands.
      body[isOpenAiHost(url) ? 'max_completion_tokens' : 'max_tokens'] = conn.maxTokens;
    }
    return { url, headers, body };
  },

  parse(json) {
    const reply = parseReply(replySchema, json, LABEL);
    const [choice] = reply.choices;
    const message = choice?.message;
    const content = message?.content;
    const text =
      typeof content === 'string'
        ? content
        : itemsOf(textPart, content)
            .map((part) => part.text)
            .join('');
    return toProbeAnswer({
      // A refusal is an answer too: the engine declined to name anyone.
      text: text.trim() ? text : (message?.refusal ?? ''),
      model: reply.model,
      urls: [
        ...itemsOf(urlAnnotation, message?.annotations).map((a) => a.url_citation.url),
        ...(reply.citations ?? []),
        ...itemsOf(searchResult, reply.search_results).map((r) => r.url),
      ],
      inputTokens: reply.usage?.prompt_tokens,
      outputTokens: reply.usage?.completion_tokens,
      finishReason: choice?.finish_reason,
    });
  },
};
