import { renderAnswersTemplateSample } from '@/lib/answers/imports';
import { requirePageAccess } from '@/lib/auth/guards';
import { renderConsentTemplateSample, renderPostsTemplateSample } from '@/lib/imports';

// GET /w/<slug>/imports/template[?template=consent|answers]: an Optlens CSV template (posts,
// opt-in events or AI answers), filled with example rows.
const TEMPLATES = {
  posts: { render: renderPostsTemplateSample, file: 'optlens-posts.csv' },
  consent: { render: renderConsentTemplateSample, file: 'optlens-opt-in-events.csv' },
  answers: { render: renderAnswersTemplateSample, file: 'optlens-answers.csv' },
} as const;

export async function GET(request: Request, { params }: { params: Promise<{ workspace: string }> }) {
  await requirePageAccess((await params).workspace, 'workspace:read');
  const asked = new URL(request.url).searchParams.get('template');
  const template = TEMPLATES[asked === 'consent' || asked === 'answers' ? asked : 'posts'];
  return new Response(template.render(), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${template.file}"`,
    },
  });
}
