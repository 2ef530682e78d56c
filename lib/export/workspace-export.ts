import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { ZipFile } from 'yazl';
import type { Db } from '@/db/client';
import type { Workspace } from '@/db/schema';
import { csvCell } from './csv-cell';
import { exportReadme } from './readme';
import { EXPORT_SOURCES, type ExportSource } from './sources';

// "Download all data": the whole workspace as a zip of CSV files with a README, streamed.
// yazl compresses one entry at a time and asks for each file's stream only when its turn
// comes (addReadStreamLazy); each CSV is a generator that reads one keyset page, writes it,
// and waits until the zip has room for more. The response pulls the zip, so a slow download
// slows the queries instead of filling memory: at any moment one page of one table is held.

/** One table as CSV bytes: a byte-order mark and the header, then one chunk per page of rows. */
export async function* tableCsv(db: Db, workspaceId: string, source: ExportSource): AsyncGenerator<Buffer> {
  const headers = Object.keys(source.columns);
  yield Buffer.from(`\uFEFF${stringify([headers])}`);
  let last: unknown[] | undefined;
  for (;;) {
    const rows = await source.page(db, workspaceId, last, source.batchSize);
    if (rows.length) yield Buffer.from(stringify(rows.map((row) => headers.map((h) => csvCell(row[h])))));
    if (rows.length < source.batchSize) return;
    const end = rows.at(-1)!;
    last = source.key.map((k) => end[k]);
  }
}

export function exportFileName(workspace: Pick<Workspace, 'slug'>, now = new Date()): string {
  return `optlens-${workspace.slug}-${now.toISOString().slice(0, 10)}.zip`;
}

/** The workspace's zip, as a stream the caller reads at its own pace; cancelling it stops the queries. */
export function exportWorkspaceZip(db: Db, workspace: Pick<Workspace, 'id' | 'name' | 'slug'>, now = new Date()): ReadableStream<Uint8Array> {
  const zip = new ZipFile();
  const output = zip.outputStream as Readable; // a PassThrough; the types say less
  let current: Readable | undefined;
  const fail = (error: unknown) => {
    console.error(`Export of workspace ${workspace.id} failed`, error);
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  };
  zip.on('error', fail);
  zip.addBuffer(Buffer.from(exportReadme(workspace, now)), 'README.md', { mtime: now });
  for (const source of EXPORT_SOURCES) {
    zip.addReadStreamLazy(`${source.name}.csv`, { mtime: now }, (done) => {
      current = Readable.from(tableCsv(db, workspace.id, source), { objectMode: false });
      // yazl listens for no errors on the streams it is given: a failed query ends the zip.
      current.on('error', fail);
      done(null, current);
    });
  }
  zip.end();

  const chunks = output[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
    },
    async cancel() {
      // The browser went away: stop the table being read, then the zip.
      current?.destroy();
      await chunks.return?.();
    },
  });
}
