// LinkedIn's data archive ("Get a copy of your data"): a .zip of CSV files, sometimes inside a
// folder (`Basic_LinkedInDataExport/Shares.csv`), with `Shares.csv` or `Shares_<member id>.csv`
// holding the member's posts. The "basic" archive, ready first, may lack Shares.csv: that is an
// error that says so and lists what the archive does hold, rather than an empty import.
//
// Every Shares file is streamed entry by entry through the Shares.csv parser. Other files
// LinkedIn puts in the archive (Comments.csv, Reactions.csv, Connections.csv, Profile.csv…) get
// a notice that they were recognised and not imported; unknown files a notice that they were
// skipped; `__MACOSX/` and dot-files are skipped silently. Unsafe archives are refused before
// anything is read: entries with `..` or absolute paths, nested archives, password-protected
// entries, and zip bombs (zip.ts: total size and compression ratio limits).
import { describeArchiveFile, isArchiveNoise, isNestedArchive, isSharesFile } from './archive-files';
import { parseSharesStream } from './shares-csv';
import { ImportFileError, type ImportSource, type ParsedRecord } from './types';
import { ARCHIVE_LIMITS, checkZipLimits, limitBytes, openZip, type ZipLimits } from './zip';

export interface ArchiveOptions {
  limits?: Partial<ZipLimits>;
}

export async function* parseLinkedInArchive(source: ImportSource, options: ArchiveOptions = {}): AsyncGenerator<ParsedRecord> {
  const limits = { ...ARCHIVE_LIMITS, ...options.limits };
  const zip = await openZip(source.path, source.name);
  try {
    const files = zip.entries.filter((entry) => !isArchiveNoise(entry.path));
    const nested = files.find((entry) => isNestedArchive(entry.path));
    if (nested) {
      throw new ImportFileError(`${source.name} holds another archive (${nested.path}); archives inside archives are not read. Upload the LinkedIn archive as you downloaded it.`, {
        file: nested.path,
      });
    }
    checkZipLimits(zip.entries, limits, source.name);
    const shares = files.filter((entry) => isSharesFile(entry.path));
    if (shares.length === 0) throw noSharesError(source.name, files.map((entry) => entry.path));

    for (const entry of files) {
      if (isSharesFile(entry.path)) continue;
      const holds = describeArchiveFile(entry.path);
      const message = holds
        ? `${entry.path} (${holds}) is recognised but not imported.`
        : `${entry.path} is not a file Optlens knows in a LinkedIn archive; skipped.`;
      yield { kind: 'notice', message, at: { file: entry.path } };
    }

    const budget = { remaining: limits.maxTotalBytes };
    for (const entry of shares) {
      const stream = await zip.openEntry(entry);
      yield* parseSharesStream(limitBytes(stream, budget, source.name, entry.path), entry.path);
    }
  } finally {
    zip.close();
  }
}

function noSharesError(file: string, paths: string[]): ImportFileError {
  const names = paths.map((path) => path.split('/').pop() ?? path);
  const listed = names.length === 0 ? 'nothing' : names.length > 25 ? `${names.slice(0, 25).join(', ')} and ${names.length - 25} more` : names.join(', ');
  return new ImportFileError(
    `${file} holds no Shares.csv, so it has no posts to import. LinkedIn's "basic" archive, ready first, often lacks it: ` +
      `request the complete archive (Settings › Data privacy › Get a copy of your data) and upload that. This archive holds: ${listed}.`,
    { file },
  );
}
