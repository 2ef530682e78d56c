import { apiRoute } from '@/lib/api/route';
import { runImport } from '@/lib/imports/run-import';
import { receiveUpload } from '@/lib/imports/upload';

// POST /api/v1/imports — multipart `file` and `profile` (a profile id); `dryRun=true` to
// see what the import would do without writing. Replies when the import has finished.
export const POST = apiRoute('data:write', async ({ db, access, request }) => {
  const upload = await receiveUpload(request);
  try {
    const result = await runImport(db, access, {
      source: upload.source,
      profileId: upload.fields.profile ?? '',
      dryRun: upload.fields.dryRun === 'true',
    });
    return Response.json({ id: result.importId, ...result }, { status: result.dryRun ? 200 : 201 });
  } finally {
    await upload.cleanup();
  }
});
