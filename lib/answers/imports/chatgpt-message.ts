// One message of a ChatGPT export (`mapping[id].message`), read tolerantly: the export's shape
// drifts with every feature OpenAI ships (browsing, code interpreter, voice, search, reasoning
// models), so every field is checked before use and unknown shapes are ignored, not fatal.
//
// Seen in exports and in public parsers of them:
// - `content.parts` holds strings, and objects for images (`image_asset_pointer`), audio, files.
//   Voice chats hold their words in `audio_transcription` part objects (`{ text }`).
// - Messages without parts are not conversation text: `code` (a tool call), `execution_output`,
//   `thoughts` and `reasoning_recap` (reasoning models), `user_editable_context` (custom
//   instructions), `tether_browsing_display`…
// - Hidden messages carry `metadata.is_visually_hidden_from_conversation` (the empty system
//   root, custom instructions, "Memory updated"); an assistant message addressed to a tool has
//   a `recipient` other than `all`; reasoning models' intermediate messages have
//   `channel: 'analysis'` or `'commentary'` (the answer is `final`).
// - Cited links: `metadata.citations[].metadata.url` (browsing, 2023–24) and
//   `metadata.content_references[]` (search, 2024 on) with `url`, `urls`, `items[].url`
//   (`grouped_webpages`, `nav_list`), `items[].supporting_websites[].url` and, for the sources
//   list under an answer, `sources[].url`. Links carry `?utm_source=chatgpt.com`.

type Json = Record<string, unknown>;

export interface ChatMessage {
  id: string | null;
  role: string;
  /** A user or assistant message the conversation shows, with parts (possibly images only). */
  shown: boolean;
  /** Unix seconds → Date; null when absent (system messages) or implausible. */
  createdAt: Date | null;
  /** The visible text; null when the message has no parts or is not shown in the conversation. */
  text: string | null;
  model: string | null;
  citations: string[];
}

export const asObject = (value: unknown): Json | null => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null);
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asString = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

export function readMessage(value: unknown): ChatMessage | null {
  const message = asObject(value);
  if (!message) return null;
  const metadata = asObject(message.metadata) ?? {};
  const role = asString(asObject(message.author)?.role) ?? 'unknown';
  const content = asObject(message.content);
  const shown = isShown(message, metadata, role) && Array.isArray(content?.parts);
  return {
    id: asString(message.id),
    role,
    shown,
    createdAt: unixSeconds(message.create_time),
    text: shown ? partsText(content) : null,
    model: asString(metadata.model_slug),
    citations: shown && role === 'assistant' ? citedUrls(metadata) : [],
  };
}

function isShown(message: Json, metadata: Json, role: string): boolean {
  if (role !== 'user' && role !== 'assistant') return false;
  if (metadata.is_visually_hidden_from_conversation === true) return false;
  if (role === 'assistant' && message.recipient !== undefined && message.recipient !== null && message.recipient !== 'all') return false;
  return message.channel !== 'analysis' && message.channel !== 'commentary';
}

/** Strings of `parts` (and voice transcriptions) joined; null when they hold no text. */
function partsText(content: Json | null): string | null {
  if (!content || !Array.isArray(content.parts)) return null;
  const texts: string[] = [];
  for (const part of content.parts) {
    if (typeof part === 'string') texts.push(part);
    else if (asObject(part)?.content_type === 'audio_transcription') texts.push(asString(asObject(part)?.text) ?? '');
  }
  const text = cleanText(texts.filter((t) => t.trim() !== '').join('\n'));
  return text === '' ? null : text;
}

// ChatGPT writes inline markers in private-use characters: `\ue200cite\ue202turn0search0\ue201`
// for a citation (the links are in content_references) and `\ue200entity\ue202["people","Ada
// Lovelace",…]\ue201` for a name the UI shows as a link; browsing answers of 2023–24 wrote
// `【11†source】`. The reader saw the names, not the markers: names are kept, markers dropped.
const MARKER = /([ \t]*)\ue200([^\ue200\ue201]*)\ue201/g;
const LEGACY_CITATION = /[ \t]*【\d+(?::\d+)?†[^】]{0,200}】/g;

function cleanText(text: string): string {
  return text
    .replace(MARKER, (_, space: string, inner: string) => {
      const name = entityName(inner);
      return name ? space + name : '';
    })
    .replace(/[\ue200-\ue2ff]/g, '')
    .replace(LEGACY_CITATION, '')
    .replace(/\r\n?/g, '\n')
    .trim();
}

function entityName(inner: string): string {
  const [kind, payload] = inner.split('\ue202');
  if (kind !== 'entity' || payload === undefined) return '';
  try {
    const parsed: unknown = JSON.parse(payload);
    return Array.isArray(parsed) && typeof parsed[1] === 'string' ? parsed[1] : '';
  } catch {
    return '';
  }
}

function citedUrls(metadata: Json): string[] {
  const found: unknown[] = [];
  for (const citation of asArray(metadata.citations)) found.push(asObject(asObject(citation)?.metadata)?.url);
  for (const value of asArray(metadata.content_references)) {
    const reference = asObject(value);
    if (!reference) continue;
    found.push(reference.url, ...asArray(reference.urls));
    for (const item of asArray(reference.items)) {
      found.push(asObject(item)?.url);
      for (const site of asArray(asObject(item)?.supporting_websites)) found.push(asObject(site)?.url);
    }
    for (const source of asArray(reference.sources)) found.push(asObject(source)?.url);
  }
  return uniqueUrls(found);
}

/** http(s) URLs only (no `javascript:`, no empty strings), without ChatGPT's own tracking tag, each once. */
export function uniqueUrls(values: readonly unknown[]): string[] {
  const urls = new Set<string>();
  for (const value of values) {
    const url = httpUrl(value);
    if (url) urls.add(url);
  }
  return [...urls];
}

function httpUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.searchParams.get('utm_source') === 'chatgpt.com') {
    url.searchParams.delete('utm_source');
    return url.toString().replace(/\?$/, '');
  }
  return value.trim();
}

/** Unix seconds (a float in exports, sometimes a numeric string) as a Date; null when absent or implausible. */
export function unixSeconds(value: unknown): Date | null {
  const seconds = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  // ChatGPT launched in November 2022; nothing is dated before 2015 or after 2100 in a real export.
  if (!Number.isFinite(seconds) || seconds < 1_420_070_400 || seconds > 4_102_444_800) return null;
  return new Date(Math.round(seconds * 1000));
}
