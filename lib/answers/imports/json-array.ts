// The elements of a top-level JSON array, read from a byte stream one at a time with
// stream-json's tokenizer and array streamer (their stream-free core, driven by our own loop), so
// a file of hundreds of MB written as a single line never sits in memory: only the element being
// assembled does. stream-json is not hardened against hostile input, so the loop bounds what it
// may hold: an element spanning more than `maxElementBytes` of input stops the file.
import { gen, none } from 'stream-chain/core';
import parser from 'stream-json/core/parser.js';
import streamArray from 'stream-json/core/streamers/stream-array.js';
import { ImportFileError } from '@/lib/imports/types';

export interface JsonArrayOptions {
  /** Most input bytes one element may span (the memory one element may take is a few times this). */
  maxElementBytes: number;
  /** What the elements are called in messages: `conversation`. */
  noun: string;
}

export interface JsonArrayElement {
  /** 0-based position in the array. */
  index: number;
  value: unknown;
}

export async function* readJsonArray(bytes: AsyncIterable<Buffer>, file: string, options: JsonArrayOptions): AsyncGenerator<JsonArrayElement> {
  // Packed values only (the streamer reads nothing else): half the tokens, twice the speed.
  const pipeline = gen(parser({ streamValues: false }), streamArray());
  const position = { read: 0, elementStart: 0, ended: false, elements: 0 };
  const run = async function* (chunk: Buffer | typeof none): AsyncGenerator<JsonArrayElement> {
    // parser() is typed for text but takes bytes too: its first stage decodes UTF-8 across chunk ends.
    for await (const item of pipeline(chunk as unknown as string) as AsyncIterable<{ key: number; value: unknown }>) {
      position.elements = item.key + 1;
      position.elementStart = position.read;
      yield { index: item.key, value: item.value };
    }
  };
  try {
    for await (const chunk of bytes) {
      position.read += chunk.length;
      if (position.read - position.elementStart > options.maxElementBytes) throw tooLarge(file, options, position.elements);
      yield* run(chunk);
    }
    position.ended = true;
    yield* run(none);
  } catch (error) {
    throw jsonError(error, file, options, position);
  }
}

function tooLarge(file: string, options: JsonArrayOptions, elements: number): ImportFileError {
  const mb = Math.round(options.maxElementBytes / (1024 * 1024));
  return new ImportFileError(`${file}: ${options.noun} ${elements + 1} is larger than ${mb} MB, more than one ${options.noun} can be; the file cannot be read.`, {
    file,
    row: elements + 1,
  });
}

function jsonError(error: unknown, file: string, options: JsonArrayOptions, position: { read: number; ended: boolean; elements: number }): ImportFileError {
  if (error instanceof ImportFileError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const at = { file, row: position.elements + 1 };
  if (/top-level object should be an array/i.test(message)) {
    return new ImportFileError(`${file} is not a list of ${options.noun}s: it holds a single JSON value, not an array.`, { file });
  }
  if (!/^Parser /.test(message)) return new ImportFileError(`${file} could not be read: ${message}`, { file });
  if (position.ended && position.read === 0) return new ImportFileError(`${file} is empty.`, { file });
  if (position.ended) {
    const after = position.elements === 0 ? 'before its first' : `after ${options.noun} ${position.elements}, in the middle of the next`;
    return new ImportFileError(`${file} ends ${after} ${options.noun}: the file is cut short (was the download or the unzip interrupted?).`, at);
  }
  // The tokenizer reads a chunk whole before the streamer sees it, so the place is known to a chunk.
  const where = position.elements > 0 ? `after ${options.noun} ${position.elements}, before byte ${position.read}` : `before byte ${position.read}`;
  return new ImportFileError(`${file} is not valid JSON: ${message.replace(/^Parser cannot parse input: /, '')} (${where}). The file is damaged: download the export again.`, {
    file,
  });
}
