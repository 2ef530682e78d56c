// Zip containers (the LinkedIn data archive, and .xlsx workbooks, which are zips) read with
// yauzl from the central directory, entry by entry, as streams.
//
// Uploads are untrusted: entry names with `..` or absolute paths are refused (yauzl rejects
// them while listing), and so are zip bombs, by the sizes the central directory declares
// (a total limit and a per-entry compression ratio limit) and by the bytes actually inflated
// (yauzl checks each entry against its declared size; `limitBytes` counts the total).
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { ImportFileError } from './types';

export interface ZipLimits {
  /** Most bytes all entries may inflate to together. */
  maxTotalBytes: number;
  /** Most an entry may inflate per compressed byte, checked for entries above `ratioFromBytes`. */
  maxRatio: number;
  ratioFromBytes: number;
}

const MB = 1024 * 1024;

/** LinkedIn archives are a few MB of CSV; 200 MB leaves room for years of posts. */
export const ARCHIVE_LIMITS: ZipLimits = { maxTotalBytes: 200 * MB, maxRatio: 100, ratioFromBytes: MB };
/** Worksheet XML inflates more than CSV (a 50 MB workbook can hold 500 MB of XML). */
export const WORKBOOK_LIMITS: ZipLimits = { maxTotalBytes: 1024 * MB, maxRatio: 100, ratioFromBytes: MB };

export interface ZipEntryInfo {
  path: string;
  size: number;
  compressedSize: number;
  isDirectory: boolean;
  encrypted: boolean;
  entry: yauzl.Entry;
}

export interface OpenedZip {
  entries: ZipEntryInfo[];
  openEntry(info: ZipEntryInfo): Promise<Readable>;
  close(): void;
}

/** Opens a zip and lists its entries; throws ImportFileError for a damaged zip or an unsafe name. */
export async function openZip(path: string, file: string): Promise<OpenedZip> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, decodeStrings: true, validateEntrySizes: true, strictFileNames: false });
  } catch (error) {
    throw zipError(error, file);
  }
  const entries: ZipEntryInfo[] = [];
  try {
    for await (const entry of zip.eachEntry()) {
      entries.push({
        path: entry.fileName,
        size: entry.uncompressedSize,
        compressedSize: entry.compressedSize,
        isDirectory: entry.fileName.endsWith('/'),
        encrypted: entry.isEncrypted(),
        entry,
      });
    }
  } catch (error) {
    zip.close();
    throw zipError(error, file);
  }
  return {
    entries,
    async openEntry(info) {
      if (info.encrypted) throw new ImportFileError(`${file}: ${info.path} is password-protected and cannot be read.`, { file: info.path });
      try {
        return await zip.openReadStreamPromise(info.entry);
      } catch (error) {
        throw zipError(error, file, info.path);
      }
    },
    close: () => zip.close(),
  };
}

/** Refuses, before anything is inflated, a zip whose declared sizes look like a zip bomb. */
export function checkZipLimits(entries: readonly ZipEntryInfo[], limits: ZipLimits, file: string): void {
  let total = 0;
  for (const info of entries) {
    total += info.size;
    const ratio = info.size / Math.max(info.compressedSize, 1);
    if (info.size > limits.ratioFromBytes && ratio > limits.maxRatio) {
      throw new ImportFileError(
        `${file}: ${info.path} inflates ${Math.round(ratio)} times its packed size (at most ${limits.maxRatio} is accepted): refused as a possible zip bomb.`,
        { file: info.path },
      );
    }
  }
  if (total > limits.maxTotalBytes) {
    throw new ImportFileError(
      `${file} unpacks to ${formatBytes(total)}, more than the ${formatBytes(limits.maxTotalBytes)} accepted: refused as a possible zip bomb.`,
      { file },
    );
  }
}

/** The bytes of an entry, refused once the archive's running total passes the limit. */
export async function* limitBytes(
  stream: Readable,
  budget: { remaining: number },
  file: string,
  entryPath: string,
): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      budget.remaining -= chunk.length;
      if (budget.remaining < 0) {
        throw new ImportFileError(`${file} unpacks to more than its accepted size: refused as a possible zip bomb.`, { file: entryPath });
      }
      yield chunk;
    }
  } catch (error) {
    throw error instanceof ImportFileError ? error : zipError(error, file, entryPath);
  } finally {
    stream.destroy();
  }
}

function zipError(error: unknown, file: string, entryPath?: string): ImportFileError {
  const message = error instanceof Error ? error.message : String(error);
  const unsafe = /^(absolute path|invalid relative path|invalid characters in fileName): (.*)$/.exec(message);
  if (unsafe) {
    return new ImportFileError(`${file} holds an entry with an unsafe path (${unsafe[2]}): refused.`, { file });
  }
  if (/too many bytes|expected \d+ bytes|declared/i.test(message)) {
    return new ImportFileError(`${file}: ${entryPath ?? 'an entry'} is larger than the zip declares: refused as a possible zip bomb.`, { file: entryPath ?? file });
  }
  const detail = /central directory|signature|truncated/i.test(message) ? '' : `: ${message}`;
  return new ImportFileError(`${file} is not a complete zip file (was the download cut short?)${detail}`, { file: entryPath ?? file });
}

function formatBytes(bytes: number): string {
  return bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.round(bytes / 1024)} KB`;
}
