import { sessionRoute } from '@/lib/api/session-route';
import { errorResponse } from '@/lib/api/respond';
import { runImport } from '@/lib/imports/run-import';
import { receiveUpload } from '@/lib/imports/upload';

// POST /w/<slug>/imports/upload (multipart: file, profile, dryRun) from the import page.
// Answers with newline-delimited JSON: progress lines while rows are read, then the result
// (or the error), so the page can show a progress bar for a 50 MB file.
export const POST = sessionRoute('data:write', async ({ db, access, request }) => {
  const upload = await receiveUpload(request);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      try {
        const result = await runImport(db, access, {
          source: upload.source,
          profileId: upload.fields.profile ?? '',
          dryRun: upload.fields.dryRun === 'true',
          onProgress: (counts) => send({ type: 'progress', ...counts }),
        });
        send({ type: 'result', ...result });
      } catch (error) {
        const response = errorResponse(error);
        send({ type: 'error', status: response.status, ...(await response.json()) });
      } finally {
        await upload.cleanup();
        controller.close();
      }
    },
  });
  return new Response(body, { headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store' } });
});
