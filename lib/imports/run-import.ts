import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { and, asc, desc, eq, lt } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { imports, type Import } from '@/db/schema';
import type { Access } from '@/lib/auth/access';
import { isUuid } from '@/lib/auth/access';
import { env } from '@/lib/env';
import { jobs } from '@/lib/jobs';
import { AppError, notFound } from '@/lib/errors';
import { getProfile } from '@/lib/profiles/profiles';
import { persistAnswerRecords } from '@/lib/answers/import';
import { parseAnswerFile, sniffAnswerFormat } from '@/lib/answers/imports';
import { parseImport } from './index';
import { persistRecords, type ImportCounts, type PersistResult } from './persist';
import { ImportFileError, type ImportSource } from './types';

export interface ImportOutcome extends PersistResult {
  importId: string | null;
  format: string;
  checksum: string;
  dryRun: boolean;
  /** When the same file was imported before, and succeeded. */
  previouslyImportedAt: string | null;
}

/** Thrown inside the transaction of a dry run to roll everything back, carrying the result. */
class DryRun extends Error {
  constructor(readonly result: PersistResult) {
    super('dry run');
  }
}

async function sha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

const locate = (e: ImportFileError) =>
  e.at ? ` (${[e.at.file, e.at.sheet && `sheet ${e.at.sheet}`, e.at.row && `row ${e.at.row}`, e.at.column && `column ${e.at.column}`].filter(Boolean).join(', ')})` : '';

/**
 * Imports one file: detects its format from its content, streams its records into the
 * database in ONE transaction (a broken file changes nothing), and records the import with
 * its checksum, counts and per-row problems. `dryRun` does all of it and rolls back: the
 * preview shows exactly what the import would do. LinkedIn files go into the profile given;
 * AI answers files (ChatGPT export, answers template) belong to the workspace and need none.
 */
export async function runImport(
  db: Db,
  access: Access,
  input: { source: ImportSource; profileId: string; dryRun?: boolean; onProgress?: (counts: ImportCounts) => void },
): Promise<ImportOutcome> {
  const { source, dryRun = false } = input;
  const workspaceId = access.workspace.id;
  const { size } = await stat(source.path);
  const limit = env().IMPORT_MAX_MB * 1024 * 1024;
  if (size > limit) {
    throw new AppError('too_large', `${source.name} is ${(size / 1024 / 1024).toFixed(1)} MB; the import limit is ${env().IMPORT_MAX_MB} MB.`);
  }
  let answerFormat: Awaited<ReturnType<typeof sniffAnswerFormat>>;
  try {
    answerFormat = await sniffAnswerFormat(source);
  } catch (error) {
    throw error instanceof ImportFileError ? new AppError('bad_request', `${error.message}${locate(error)} Nothing was imported.`, { at: error.at }) : error;
  }
  if (!answerFormat && !input.profileId) {
    throw new AppError('bad_request', 'Send the id of the profile the posts belong to in a form field named "profile" (AI answers files need none).', [{ path: 'profile', message: 'Required.' }]);
  }
  const profile = answerFormat ? null : await getProfile(db, workspaceId, input.profileId);
  const checksum = await sha256(source.path);
  const [previous] = await db
    .select({ createdAt: imports.createdAt })
    .from(imports)
    .where(and(eq(imports.workspaceId, workspaceId), eq(imports.checksum, checksum), eq(imports.status, 'succeeded')))
    .orderBy(asc(imports.createdAt))
    .limit(1);
  // Files that do not say when they were exported (a single post's analytics, some company
  // exports) date their metrics by the day of import. The same file imported again keeps the
  // day of its first import, so a second import adds no snapshot.
  const asOf = (previous?.createdAt ?? new Date()).toISOString().slice(0, 10);

  let format = 'unknown';
  let importId: string | null = null;
  if (!dryRun) {
    const [row] = await db
      .insert(imports)
      .values({
        workspaceId,
        kind: answerFormat ? 'answers' : 'posts',
        profileId: profile?.id ?? null,
        fileName: source.name.slice(0, 300),
        checksum,
        sizeBytes: size,
        createdBy: access.principal.kind === 'user' ? access.principal.userId : null,
        createdByToken: access.principal.kind === 'token' ? access.principal.tokenId : null,
      })
      .returning({ id: imports.id });
    importId = row!.id;
  }

  try {
    const recordedBy = {
      userId: access.principal.kind === 'user' ? access.principal.userId : null,
      tokenId: access.principal.kind === 'token' ? access.principal.tokenId : null,
    };
    const persist = async (tx: Db): Promise<PersistResult> => {
      if (answerFormat) {
        format = answerFormat;
        return persistAnswerRecords(tx, { workspaceId, importId, recordedBy, asOf: new Date(`${asOf}T00:00:00Z`) }, parseAnswerFile(source, answerFormat), input.onProgress);
      }
      const parsed = await parseImport(source, { asOf });
      format = parsed.format;
      return persistRecords(tx, { workspaceId, profileId: profile!.id, importId, recordedBy }, parsed.records, input.onProgress);
    };
    const result = await db
      .transaction(async (tx) => {
        const persisted = await persist(tx);
        if (dryRun) throw new DryRun(persisted);
        await tx
          .update(imports)
          .set({ status: 'succeeded', format, ...counts(persisted), errors: persisted.errors, notices: persisted.notices, finishedAt: new Date() })
          .where(eq(imports.id, importId!));
        return persisted;
      })
      .catch((error) => {
        if (error instanceof DryRun) return error.result;
        throw error;
      });
    if (!dryRun) await jobs().workWaiting(); // the new posts' privacy scan
    return { ...result, importId, format, checksum, dryRun, previouslyImportedAt: previous?.createdAt.toISOString() ?? null };
  } catch (error) {
    const message =
      error instanceof ImportFileError
        ? `${error.message}${locate(error)}`
        : error instanceof AppError
          ? error.message
          : 'The import failed on our side and changed nothing. The error is in the server log.';
    if (!(error instanceof ImportFileError) && !(error instanceof AppError)) console.error('Import failed', error);
    if (importId) {
      await db.update(imports).set({ status: 'failed', format, message, finishedAt: new Date() }).where(eq(imports.id, importId));
    }
    throw new AppError('bad_request', `${message} Nothing was imported.`, { importId, at: error instanceof ImportFileError ? error.at : undefined });
  }
}

const counts = (r: ImportCounts): ImportCounts => ({ rowsRead: r.rowsRead, added: r.added, updated: r.updated, skipped: r.skipped, rejected: r.rejected });

export async function getImport(db: Db, workspaceId: string, id: string): Promise<Import> {
  if (!isUuid(id)) throw notFound('Import not found.');
  const [row] = await db.select().from(imports).where(and(eq(imports.workspaceId, workspaceId), eq(imports.id, id)));
  if (!row) throw notFound('Import not found.');
  return row;
}

export function listImports(db: Db, workspaceId: string, limit = 20) {
  return db.select().from(imports).where(eq(imports.workspaceId, workspaceId)).orderBy(desc(imports.createdAt)).limit(limit);
}

/**
 * An import still `running` long after any import could take was cut off with its server (its
 * transaction rolled back, so nothing of it is in the database): say so instead of "running".
 */
export const INTERRUPTED_AFTER_MS = 6 * 60 * 60 * 1000;

export async function failInterruptedImports(db: Db, now = new Date()): Promise<string[]> {
  const rows = await db
    .update(imports)
    .set({ status: 'failed', message: 'The import was interrupted (its server stopped) and changed nothing. Import the file again.', finishedAt: now })
    .where(and(eq(imports.status, 'running'), lt(imports.createdAt, new Date(now.getTime() - INTERRUPTED_AFTER_MS))))
    .returning({ id: imports.id });
  return rows.map((r) => r.id);
}
