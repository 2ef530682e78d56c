import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { timelineMarkers } from '@/lib/annotations';
import { requirePageAccess } from '@/lib/auth/guards';
import { resolveRange, rangeParams } from '@/lib/dashboard';
import { exposureBands } from '@/lib/dashboard/bands';
import { isoDay } from '@/lib/dashboard/range';
import { runOptInTest, type Comparison } from '@/lib/opt-in-test';
import { listProfiles } from '@/lib/profiles/profiles';
import { TradeOffChart } from '@/app/_components/charts/trade-off-chart';
import { Card, EmptyState, PageHeader } from '@/app/_components/ui';
import { AboutTests } from './about-tests';
import { ciDomain } from './ci-bar';
import { Claim } from './claim';
import { ComparisonCard } from './comparison-card';
import { ComparisonsOverview } from './comparisons-overview';
import { parseLag, rangeInput, readTestParams } from './params';
import { TestFilters } from './test-filters';
import { Timeline } from './timeline';

export const metadata: Metadata = { title: 'Opt-in test' };

const DISTRIBUTION: ReadonlySet<Comparison['id']> = new Set(['reach', 'reach_raw', 'engagement', 'team_reach']);
const link = 'text-indigo-600 underline underline-offset-2 dark:text-indigo-400';

export default async function OptInTestPage({ params, searchParams }: { params: Promise<{ workspace: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { workspace: slug } = await params;
  const { workspace } = await requirePageAccess(slug, 'workspace:read');
  const db = await getDb();
  const search = readTestParams(await searchParams);
  const profiles = await listProfiles(db, workspace.id);
  const profile = profiles.find((p) => p.id === search.profile) ?? null;
  const { lagDays, notice: lagNotice } = parseLag(search.lag);
  const range = await resolveRange(db, workspace.id, profile?.id ?? null, rangeInput(search));
  const notices = [search.profile && !profile ? 'That profile is not one of this workspace’s tracked profiles: showing the whole workspace.' : null, lagNotice, range.notice].filter(
    (n): n is string => !!n,
  );

  const scope = { workspaceId: workspace.id, profileId: profile?.id ?? null, from: range.from, to: range.to };
  const from = isoDay(range.from);
  const lastDay = isoDay(new Date(range.to.getTime() - 86_400_000));
  const [result, bands, markers] = await Promise.all([
    runOptInTest(db, scope, { lagDays, bucket: range.bucket }),
    exposureBands(db, scope),
    timelineMarkers(db, workspace.id, { from, to: lastDay, ...(profile && { profileId: profile.id }) }),
  ]);
  const base = `/w/${workspace.slug}`;
  const action = `${base}/opt-in-test`;
  const domain = ciDomain(result.comparisons.flatMap((c) => [c.effect.ratio, c.effect.low, c.effect.high]));
  const distribution = result.comparisons.filter((c) => DISTRIBUTION.has(c.id));
  const mentions = result.comparisons.filter((c) => !DISTRIBUTION.has(c.id));
  const period = `${from}-${lastDay}`;
  const cards = (list: Comparison[]) => list.map((c) => <ComparisonCard key={c.id} comparison={c} domain={domain} base={base} lagDays={lagDays} />);

  return (
    <div className="space-y-6">
      <PageHeader title="Opt-in test" description="Does staying opted in to LinkedIn’s generative-AI training buy reach and AI mentions, and what privacy does it cost?" />
      <Claim result={result} scopeName={profile?.name ?? `the whole workspace (${workspace.name})`} lastDay={lastDay} />
      <Card>
        <TestFilters
          action={action}
          preset={range.preset}
          from={from}
          to={lastDay}
          profileId={profile?.id ?? null}
          lagDays={lagDays}
          profiles={profiles.map((p) => ({ id: p.id, name: p.name }))}
        />
        {notices.map((n) => (
          <p key={n} role="status" className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">
            {n}
          </p>
        ))}
      </Card>

      {profiles.length === 0 ? (
        <EmptyState title="There is nothing to test yet">
          Add the LinkedIn profiles you track on the <Link className={link} href={`${base}/profiles`}>Profiles</Link> page, with their region and the dates they turned the AI-training
          setting on or off; then log or import their posts with impressions, and record AI answers.
        </EmptyState>
      ) : (
        <>
          <Card title="Results at a glance">
            <ComparisonsOverview comparisons={result.comparisons} domain={domain} filename={`opt-in-test-${period}`} />
          </Card>

          <section aria-labelledby="distribution" className="space-y-4">
            <h2 id="distribution" className="text-lg font-semibold">
              Distribution: reach and engagement
            </h2>
            {result.counts.posts === 0 ? (
              <EmptyState title="No posts with impressions in this range">
                The reach comparisons need posts with their impressions, published both under exposure and without it, and the profile’s follower counts (reach is per 1,000
                followers). <Link className={link} href={`${base}/imports`}>Import a LinkedIn export</Link> or <Link className={link} href={`${base}/posts/new`}>add posts</Link>,
                and record follower counts on the <Link className={link} href={`${base}/profiles`}>profile page</Link>.
              </EmptyState>
            ) : (
              cards(distribution)
            )}
          </section>

          <section aria-labelledby="mentions" className="space-y-4">
            <h2 id="mentions" className="text-lg font-semibold">
              AI mentions (answers compared with the exposure {lagDays} days before)
            </h2>
            {result.counts.answers === 0 ? (
              <EmptyState title="No AI answers in this range">
                The mention comparisons need AI answers spread over time. Add your own names under <Link className={link} href={`${base}/entities`}>Names</Link> (marked as yours),
                then <Link className={link} href={`${base}/answers/new`}>record answers</Link>, import a ChatGPT export, or ask a{' '}
                <Link className={link} href={`${base}/prompts`}>tracked prompt</Link> on a schedule.
              </EmptyState>
            ) : (
              cards(mentions)
            )}
          </section>

          <Card title="The trade-off" description="What opting in bought (impressions, AI mentions) against what it cost (privacy exposure of the posts published under exposure), over time.">
            <TradeOffChart points={result.tradeOff} lagDays={lagDays} frame={{ bucket: range.bucket, bands, markers, rangeEnd: isoDay(range.to), period }} />
          </Card>

          <Card title="Timeline: notes and opt-in changes" description={`In this range${profile ? ` for ${profile.name} and the whole workspace` : ''}, oldest first.`}>
            <Timeline markers={markers} notesHref={`${base}/annotations`} />
          </Card>
        </>
      )}

      <AboutTests />
      <p className="text-xs text-zinc-500">
        Share this view: <Link className={link} href={`${action}?${new URLSearchParams({ ...rangeParams(range), ...(profile && { profile: profile.id }), lag: String(lagDays) })}`}>permalink</Link>.
      </p>
    </div>
  );
}
