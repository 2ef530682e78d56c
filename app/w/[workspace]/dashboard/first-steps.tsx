import Link from 'next/link';
import { can, type Role } from '@/lib/auth/permissions';
import { Card } from '@/app/_components/ui';

// What a workspace with no post and no AI answer shows instead of empty charts: the first
// steps it can take today, each only for a role that may take it.

export function FirstSteps({ base, role }: { base: string; role: Role }) {
  const editor = can(role, 'data:write');
  const steps = [
    {
      title: 'Profiles',
      text: editor
        ? 'Add the LinkedIn profiles and company pages you track, with their region, and record when each turned “Data for Generative AI Improvement” on or off.'
        : 'See the tracked LinkedIn profiles and whether LinkedIn may train on their posts today.',
      href: `${base}/profiles`,
      cta: editor ? 'Add a profile' : 'See profiles',
    },
    {
      title: 'Posts',
      text: editor
        ? 'Log posts with their reach; each one shows whether it was exposed to AI training when published.'
        : 'Browse the posts with their reach and their exposure to AI training.',
      href: `${base}/posts`,
      cta: editor ? 'Add posts' : 'See posts',
    },
    can(role, 'members:manage') && {
      title: 'Invite your team',
      text: 'Bring in the people whose LinkedIn profiles you will track. Viewers can read; editors can add data.',
      href: `${base}/settings/members`,
      cta: 'Invite members',
    },
    can(role, 'tokens:manage') && {
      title: 'Connect a script or tool',
      text: 'Create an API token to read and write this workspace from automations.',
      href: `${base}/settings/tokens`,
      cta: 'Create an API token',
    },
    {
      title: 'Read the API',
      text: 'Every route, field and error is described in the OpenAPI document.',
      href: '/api/v1/openapi.json',
      cta: 'Open openapi.json',
    },
  ].filter((s) => !!s);

  return (
    <Card
      title="Nothing measured yet"
      description="Optlens will put three things side by side here: your LinkedIn posts and their reach, each profile’s “Data for Generative AI Improvement” setting over time, and how often AI assistants name you. Start with the profiles you track, their posts and your team:"
    >
      <ol className="grid gap-4 md:grid-cols-3">
        {steps.map((step, i) => (
          <li key={step.title} className="rounded-md border border-zinc-200 p-4 dark:border-zinc-800">
            <p className="text-xs font-semibold text-indigo-600 dark:text-indigo-400">Step {i + 1}</p>
            <h3 className="mt-1 font-medium">{step.title}</h3>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{step.text}</p>
            <Link href={step.href} className="mt-3 inline-block text-sm font-medium text-indigo-600 hover:underline dark:text-indigo-400">
              {step.cta} →
            </Link>
          </li>
        ))}
      </ol>
    </Card>
  );
}
