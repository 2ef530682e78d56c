import { AccountReachChart } from '@/app/_components/charts/account-reach-chart';
import { FollowersChart } from '@/app/_components/charts/followers-chart';
import { PrivacyScatterChart } from '@/app/_components/charts/privacy-scatter-chart';
import { ProfilesChart } from '@/app/_components/charts/profiles-chart';
import { ReachTrendChart } from '@/app/_components/charts/reach-trend-chart';
import type { ChartMarker, TimeFrame } from '@/app/_components/charts/time-overlays';
import { TopPostsChart } from '@/app/_components/charts/top-posts-chart';
import { VisibilityTrendChart } from '@/app/_components/charts/visibility-trend-chart';
import { Card } from '@/app/_components/ui';
import type { Dashboard } from '@/lib/dashboard';
import { rangeDays } from './params';

// The dashboard's charts, grouped by the question each answers. Every time chart shades the
// periods of effective training exposure and marks the team's notes and opt-in changes.

export function DashboardCharts({ dashboard, markers, profileView }: { dashboard: Dashboard; markers: ChartMarker[]; profileView: boolean }) {
  const { first, last } = rangeDays(dashboard.range);
  const period = `${first}-${last}`;
  const frame: TimeFrame = { bucket: dashboard.range.bucket, bands: dashboard.bands, markers, rangeEnd: dashboard.range.to.toISOString().slice(0, 10), period };
  const per = { day: 'day', week: 'week (Monday to Sunday, UTC)', month: 'month' }[dashboard.range.bucket];
  return (
    <>
      <Card title="Reach" description={`Posts published in the range, with their newest numbers, and the accounts’ daily reach from LinkedIn’s analytics exports, per ${per}.`}>
        <div className="space-y-8">
          <ReachTrendChart points={dashboard.reach} frame={frame} />
          <div className="space-y-2">
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              Posts’ reach counts each post’s newest numbers by its publication day; account impressions are what LinkedIn counted per day across all content.
            </p>
            <AccountReachChart points={dashboard.accountReach} frame={frame} />
          </div>
          <FollowersChart points={dashboard.reach} frame={frame} />
        </div>
      </Card>
      <Card
        title="AI visibility"
        description={`How AI answers asked in the range name the workspace’s own names, per ${per} and engine.${profileView ? ' Answers belong to the workspace, not to one profile: this part is the same in every profile’s view.' : ''}`}
      >
        <VisibilityTrendChart series={dashboard.visibility} frame={frame} />
      </Card>
      <Card title="Reach and privacy" description="What each post earned against what it gave away: its privacy score counts personal data and confidential markers in its text.">
        <PrivacyScatterChart points={dashboard.posts.points} truncated={dashboard.posts.truncated} period={period} />
      </Card>
      <Card title="Top posts">
        <TopPostsChart posts={dashboard.topPosts} period={period} />
      </Card>
      {!profileView && dashboard.profiles.length > 1 && (
        <Card title="Profiles side by side" description="The team’s profiles over the same range; privacy exposure sums the scores of posts ever under training exposure.">
          <ProfilesChart profiles={dashboard.profiles} period={period} />
        </Card>
      )}
    </>
  );
}
