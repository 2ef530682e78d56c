import { getDb } from '@/db/client';
import { requirePageAccess } from '@/lib/auth/guards';
import { exportPostsCsv } from '@/lib/posts/export';
import { postListQuerySchema } from '@/lib/posts/list';

// GET /w/<slug>/posts/export?<the list's filters>: the posts with their latest metrics as CSV.
export async function GET(request: Request, { params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const { workspace } = await requirePageAccess(slug, 'workspace:read');
  const filters = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = postListQuerySchema.omit({ cursor: true, limit: true }).safeParse(filters);
  if (!parsed.success) return new Response(`Bad filter: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, { status: 400 });
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(exportPostsCsv(await getDb(), workspace.id, parsed.data), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="optlens-posts-${workspace.slug}-${stamp}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
