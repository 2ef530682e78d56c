// ChatGPT's data export (Settings › Data controls › Export data): a .zip holding
// `conversations.json` (an array of conversations, often one single line, hundreds of MB for a
// heavy user) beside `chat.html`, `user.json`, `message_feedback.json` and the user's images and
// voice clips. Large accounts get the array split into `conversations-1.json`, `-2`… shards.
// Accepted: the .zip as downloaded, or `conversations.json` on its own.
//
// The array is streamed one conversation at a time (json-array.ts); each becomes its answers
// (chatgpt-conversation.ts). A conversation that cannot be read is one error record naming it;
// a file that is not an array of conversations, or is cut short, is an ImportFileError.
// Inside a zip only the conversations files are read, so the zip-bomb limits apply to them
// alone: an export holding gigabytes of images is fine.
import { createReadStream } from 'node:fs';
import { isArchiveNoise, isNestedArchive } from '@/lib/imports/archive-files';
import { isZipMagic, readHead } from '@/lib/imports/file-head';
import { ImportFileError, type ImportSource } from '@/lib/imports/types';
import { checkZipLimits, limitBytes, openZip, type ZipLimits } from '@/lib/imports/zip';
import { answersOfConversation, conversationLabel } from './chatgpt-conversation';
import { asObject } from './chatgpt-message';
import { readJsonArray } from './json-array';
import type { ParsedAnswerRecord } from './types';

const MB = 1024 * 1024;

export interface ChatGptExportOptions {
  /** Most bytes one conversation may span; a long one with pasted code is a few MB. */
  maxConversationBytes?: number;
  limits?: Partial<ZipLimits>;
}

/** JSON deflates 5–20 times; a ratio above 100 is not text a person wrote. */
export const CHATGPT_EXPORT_LIMITS: ZipLimits = { maxTotalBytes: 4096 * MB, maxRatio: 100, ratioFromBytes: MB };
const MAX_CONVERSATION_BYTES = 64 * MB;

/** `conversations.json`, or a shard `conversations-3.json`, in any folder of the zip. */
export function isConversationsFile(path: string): boolean {
  return /^conversations(?:[-_]\d+)?\.json$/i.test(path.split('/').pop() ?? path);
}

/** `conversations.json` is 0, `conversations-3.json` 3: the order the shards hold the conversations in. */
function shardNumber(path: string): number {
  return Number(/(\d+)\.json$/i.exec(path)?.[1] ?? 0);
}

export async function* parseChatGptExport(source: ImportSource, options: ChatGptExportOptions = {}): AsyncGenerator<ParsedAnswerRecord> {
  if (isZipMagic(await readHead(source.path, 4))) {
    yield* parseExportZip(source, options);
  } else {
    yield* parseConversationsStream(createReadStream(source.path), source.name, options);
  }
}

async function* parseExportZip(source: ImportSource, options: ChatGptExportOptions): AsyncGenerator<ParsedAnswerRecord> {
  const limits = { ...CHATGPT_EXPORT_LIMITS, ...options.limits };
  const zip = await openZip(source.path, source.name);
  try {
    const files = zip.entries.filter((entry) => !isArchiveNoise(entry.path));
    const conversations = files.filter((entry) => isConversationsFile(entry.path)).sort((a, b) => shardNumber(a.path) - shardNumber(b.path));
    if (conversations.length === 0) throw noConversationsError(source.name, files.map((entry) => entry.path));
    checkZipLimits(conversations, limits, source.name);
    const others = files.filter((entry) => !isConversationsFile(entry.path)).map((entry) => entry.path.split('/').pop() ?? entry.path);
    if (others.length > 0) {
      const named = others.length > 5 ? `${others.slice(0, 5).join(', ')} and ${others.length - 5} more` : others.join(', ');
      yield { kind: 'notice', message: `The export's other files (${named}) are not imported: the answers are in ${conversations[0]!.path}.`, at: { file: source.name } };
    }
    const budget = { remaining: limits.maxTotalBytes };
    for (const entry of conversations) {
      const stream = await zip.openEntry(entry);
      yield* parseConversationsStream(limitBytes(stream, budget, source.name, entry.path), entry.path, options);
    }
  } finally {
    zip.close();
  }
}

/** The answers of one conversations file, streamed; `file` names it in records and messages. */
export async function* parseConversationsStream(bytes: AsyncIterable<Buffer>, file: string, options: ChatGptExportOptions = {}): AsyncGenerator<ParsedAnswerRecord> {
  const maxElementBytes = options.maxConversationBytes ?? MAX_CONVERSATION_BYTES;
  let conversations = 0;
  let unpaired = 0;
  for await (const { index, value } of readJsonArray(bytes, file, { maxElementBytes, noun: 'conversation' })) {
    if (index === 0) assertChatGptConversation(value, file);
    conversations++;
    const position = index + 1;
    try {
      const result = answersOfConversation(value, file, position);
      unpaired += result.unpaired;
      yield* result.answers;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      yield { kind: 'error', message: `Conversation ${position} (${conversationLabel(value)}) could not be read: ${reason}.`, at: { file, row: position } };
    }
  }
  if (conversations === 0) yield { kind: 'notice', message: `${file} holds no conversations.`, at: { file } };
  if (unpaired > 0) {
    yield {
      kind: 'notice',
      message: `${unpaired} ${unpaired === 1 ? 'reply was' : 'replies were'} not imported: the message ${unpaired === 1 ? 'it answers' : 'they answer'} holds no text (only an image, a file or a voice clip).`,
      at: { file },
    };
  }
}

/**
 * The first element tells a ChatGPT export from another array of JSON objects (Claude's,
 * Gemini's): it has a `mapping` or a `current_node`, even when it is itself broken.
 */
function assertChatGptConversation(value: unknown, file: string): void {
  const first = asObject(value);
  if (first && ('mapping' in first || 'current_node' in first)) return;
  const looksLike = first?.chat_messages ? "It looks like Claude's export, which Optlens does not import yet. " : first?.safeHtmlItem || first?.header ? 'It looks like a Google Takeout activity file. ' : '';
  throw new ImportFileError(`${file} is not a ChatGPT conversations file: its first item has no "mapping" of messages. ${looksLike}`.trim(), { file, row: 1 });
}

function noConversationsError(file: string, paths: string[]): ImportFileError {
  const nested = paths.find(isNestedArchive);
  const names = paths.map((path) => path.split('/').pop() ?? path);
  const listed = names.length === 0 ? 'nothing' : names.length > 15 ? `${names.slice(0, 15).join(', ')} and ${names.length - 15} more` : names.join(', ');
  const hint = nested ? ` It holds another archive (${nested}): upload the export as ChatGPT sent it.` : '';
  return new ImportFileError(`${file} holds no conversations.json, so it is not a ChatGPT data export. This archive holds: ${listed}.${hint}`, { file });
}
