import { requirePageAccess } from '@/lib/auth/guards';
import { renderPostsTemplateSample } from '@/lib/imports';

// GET /w/<slug>/imports/template: the Optlens posts CSV template, filled with example rows.
export async function GET(_request: Request, { params }: { params: Promise<{ workspace: string }> }) {
  await requirePageAccess((await params).workspace, 'workspace:read');
  return new Response(renderPostsTemplateSample(), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="optlens-posts.csv"' },
  });
}
