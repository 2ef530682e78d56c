import { requirePageAccess } from '@/lib/auth/guards';
import { renderConsentTemplateSample, renderPostsTemplateSample } from '@/lib/imports';

// GET /w/<slug>/imports/template[?template=consent]: an Optlens CSV template (posts, or opt-in
// events), filled with example rows.
export async function GET(request: Request, { params }: { params: Promise<{ workspace: string }> }) {
  await requirePageAccess((await params).workspace, 'workspace:read');
  const consent = new URL(request.url).searchParams.get('template') === 'consent';
  return new Response(consent ? renderConsentTemplateSample() : renderPostsTemplateSample(), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${consent ? 'optlens-opt-in-events.csv' : 'optlens-posts.csv'}"`,
    },
  });
}
