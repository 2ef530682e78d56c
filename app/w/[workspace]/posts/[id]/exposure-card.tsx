import Link from 'next/link';
import type { Post, Profile } from '@/db/schema';
import { postExposure, type ExposureSpan } from '@/lib/consent/exposure';
import { regionName } from '@/lib/profiles/regions';
import { describeToggle, EXPOSURE_STATES, ExposureBadge } from '@/app/_components/exposure';
import { Badge, Card } from '@/app/_components/ui';

/** Whether LinkedIn could train on the post: at publication (with the rule that applied) and ever since. */
export function ExposureCard({ post, profile, spans, href }: { post: Pick<Post, 'publishedAt'>; profile: Profile; spans: ExposureSpan[]; href: string }) {
  const exposure = postExposure(spans, post.publishedAt);
  const span = exposure.spanAtPublication;
  const region = regionName(profile.region);
  return (
    <Card title="Training exposure">
      <dl className="space-y-4 text-sm">
        <div>
          <dt className="font-medium">At publication</dt>
          <dd className="mt-1 space-y-1">
            <ExposureBadge state={exposure.stateAtPublication} />
            <p>{describeToggle(span, region)}.</p>
            <p className="text-zinc-600 dark:text-zinc-400">{EXPOSURE_STATES[exposure.stateAtPublication].meaning}</p>
            {span.rule ? (
              <p className="text-zinc-600 dark:text-zinc-400">
                Rule applied: “{span.rule.label}” (from {span.rule.effectiveFrom}
                {span.rule.startUnconfirmed ? ', start unconfirmed' : ''}).
              </p>
            ) : (
              <p className="text-zinc-600 dark:text-zinc-400">No region rule applied on that date.</p>
            )}
          </dd>
        </div>
        <div>
          <dt className="font-medium">Ever exposed</dt>
          <dd className="mt-1 space-y-1">
            {exposure.everExposed ? <Badge tone="amber">yes</Badge> : <Badge>no</Badge>}
            <p className="text-zinc-600 dark:text-zinc-400">
              {exposure.everExposed
                ? 'At some point since it was published, the post was under training exposure. Turning the toggle off later does not take it out of models already trained.'
                : 'The post has never been under training exposure.'}
            </p>
          </dd>
        </div>
      </dl>
      <Link href={href} className="mt-4 inline-block text-sm font-medium text-indigo-600 hover:underline dark:text-indigo-400">
        {profile.name}’s opt-in timeline →
      </Link>
    </Card>
  );
}
