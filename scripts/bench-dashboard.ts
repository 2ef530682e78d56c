// Times the dashboard on PostgreSQL at benchmark size: each of its queries (p50/p95 over RUNS
// runs) next to a hand-written SQL statement computing the same numbers from the base tables
// in one statement, sent without drizzle (its floor), and the whole dashboard's data (every
// query, in parallel, as the page runs them). Reach and AI visibility read the per-day totals
// (post_day_totals, answer_day_totals), which is why they beat a floor that scans posts and
// answers; the per-post lists cannot use them.
//   DATABASE_URL=postgres://… npm run bench:dashboard                 seeds a fresh workspace first
//   WORKSPACE=<uuid> DATABASE_URL=… npm run bench:dashboard            reuses one seeded by seed:large
//   RUNS=30 RANGES=90d,12m …
import postgres from 'postgres';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { DashboardCharts } from '@/app/w/[workspace]/dashboard/dashboard-charts';
import { KpiCards } from '@/app/w/[workspace]/dashboard/kpi-cards';
import { rangeDays } from '@/app/w/[workspace]/dashboard/params';
import { timelineMarkers } from '@/lib/annotations';
import { openPostgres, type Db } from '@/db/client';
import { exposureBands } from '@/lib/dashboard/bands';
import { loadDashboard, resolveRange } from '@/lib/dashboard';
import { postPoints, profilesSideBySide, topPosts } from '@/lib/dashboard/posts';
import { followersGained, reachSeries, reachTotals } from '@/lib/dashboard/reach';
import type { DashboardScope } from '@/lib/dashboard/scope';
import { visibilitySeries, visibilityTotals } from '@/lib/dashboard/visibility';
import { runOptInTest } from '@/lib/opt-in-test';
import { seedLarge } from './seed-large';

const RUNS = Number(process.env.RUNS ?? 20);
const RANGES = (process.env.RANGES ?? '90d,12m,all').split(',');

async function time(fn: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  await fn(); // warm: plans and caches, as a server that has answered once
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { p50: ms[Math.floor(ms.length / 2)]!, p95: ms[Math.min(ms.length - 1, Math.ceil(ms.length * 0.95) - 1)]! };
}

const fmt = (t: { p50: number; p95: number } | null) => (t ? `${t.p50.toFixed(1).padStart(7)} ${t.p95.toFixed(1).padStart(7)}` : '      —       —');

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('bench:dashboard runs on PostgreSQL: set DATABASE_URL.');
    process.exit(2);
  }
  const workspaceId = process.env.WORKSPACE ?? (await seedLarge(url)).workspaceId;
  const { db, close } = await openPostgres(url, 10);
  const raw = postgres(url, { max: 1, onnotice: () => {} });
  try {
    for (const preset of RANGES) {
      const range = await resolveRange(db, workspaceId, null, { range: preset });
      const scope: DashboardScope = { workspaceId, profileId: null, from: range.from, to: range.to };
      const args = [workspaceId, range.from.toISOString(), range.to.toISOString()];
      const bucket = range.bucket;
      console.log(`\nrange ${preset}: ${range.from.toISOString().slice(0, 10)} – ${range.to.toISOString().slice(0, 10)} by ${bucket}; ms p50 p95 over ${RUNS} runs`);
      console.log(`${'query'.padEnd(28)} ${'   ours p50     p95'}   ${'  floor p50     p95'}   ratio p50`);
      const rows: [string, (db: Db) => Promise<unknown>, string | null][] = [
        ['reach totals', (d) => reachTotals(d, scope), `select count(*), sum(latest_impressions), sum(latest_members_reached), sum(coalesce(latest_reactions,0)+coalesce(latest_comments,0)+coalesce(latest_reposts,0)+coalesce(latest_clicks,0)), sum(privacy_score) filter (where ever_exposed) from posts where workspace_id = $1 and published_at >= $2 and published_at < $3`],
        ['followers gained', (d) => followersGained(d, scope), `select sum(coalesce(e.total - coalesce(s.total, f.total), n.total)) from profiles p left join lateral (select total from follower_counts where profile_id = p.id and total is not null and day >= $2::date and day < $3::date order by day desc limit 1) e on true left join lateral (select total from follower_counts where profile_id = p.id and total is not null and day < $2::date order by day desc limit 1) s on true left join lateral (select total from follower_counts where profile_id = p.id and total is not null and day >= $2::date and day < $3::date order by day limit 1) f on true left join lateral (select sum(new_followers) as total from follower_counts where profile_id = p.id and day >= $2::date and day < $3::date) n on true where p.workspace_id = $1 and p.archived_at is null`],
        ['reach series', (d) => reachSeries(d, scope, bucket), `select date_trunc('${bucket}', published_at), count(*), sum(latest_impressions) from posts where workspace_id = $1 and published_at >= $2 and published_at < $3 group by 1`],
        ['AI visibility totals', (d) => visibilityTotals(d, scope), `select count(distinct a.id), count(distinct ae.answer_id) filter (where e.is_us), sum(ae.mention_count) filter (where e.is_us), sum(ae.mention_count) from answers a left join answer_entities ae on ae.answer_id = a.id left join entities e on e.id = ae.entity_id where a.workspace_id = $1 and a.asked_at >= $2 and a.asked_at < $3`],
        ['AI visibility series', (d) => visibilitySeries(d, scope, bucket), `select date_trunc('${bucket}', a.asked_at), a.engine, count(*), sum(ae.mention_count) from answers a left join answer_entities ae on ae.answer_id = a.id where a.workspace_id = $1 and a.asked_at >= $2 and a.asked_at < $3 group by 1, 2`],
        ['exposure bands', (d) => exposureBands(d, scope), null],
        ['post scatter (2,000)', (d) => postPoints(d, scope), `select p.id, pr.name, p.published_at, left(p.text, 120), p.latest_impressions, p.privacy_score, p.exposed_at_publication, p.exposure_state from posts p join profiles pr on pr.id = p.profile_id where p.workspace_id = $1 and p.published_at >= $2 and p.published_at < $3 order by p.published_at desc limit 2001`],
        ['top posts', (d) => topPosts(d, scope), `select p.id, pr.name, p.published_at, left(p.text, 160), p.latest_impressions, p.latest_engagement_rate, p.privacy_score, p.exposed_at_publication from posts p join profiles pr on pr.id = p.profile_id where p.workspace_id = $1 and p.published_at >= $2 and p.published_at < $3 and p.latest_impressions is not null order by coalesce(p.latest_impressions, -1) desc, p.id desc limit 10`],
        ['profiles side by side', (d) => profilesSideBySide(d, scope), `select profile_id, count(*), sum(latest_impressions) from posts where workspace_id = $1 and published_at >= $2 and published_at < $3 group by 1`],
      ];
      for (const [label, ours, floorSql] of rows) {
        const mine = await time(() => ours(db));
        const floor = floorSql ? await time(() => raw.unsafe(floorSql, args)) : null;
        console.log(`${label.padEnd(28)} ${fmt(mine)}   ${fmt(floor)}   ${floor ? `${(mine.p50 / floor.p50).toFixed(2)}×` : ''}`);
      }
      console.log(`${'whole dashboard (parallel)'.padEnd(28)} ${fmt(await time(() => loadDashboard(db, workspaceId, null, range)))}`);
      // What the page does after the door: its queries and notes in parallel, then the HTML of
      // the cards and charts (recharts draws its SVG in the browser; the tables, summaries and
      // legends are rendered here).
      const { first, last } = rangeDays(range);
      const render = async () => {
        const [dashboard, markers] = await Promise.all([loadDashboard(db, workspaceId, null, range), timelineMarkers(db, workspaceId, { from: first, to: last })]);
        return renderToStaticMarkup(
          createElement('main', null, createElement(KpiCards, { kpis: dashboard.kpis, previousLabel: 'the previous period' }), createElement(DashboardCharts, { dashboard, markers, profileView: false })),
        );
      };
      console.log(`${'whole dashboard render'.padEnd(28)} ${fmt(await time(render))}`);
      console.log(`${'opt-in test (90-day lag)'.padEnd(28)} ${fmt(await time(() => runOptInTest(db, scope)))}`);
    }
  } finally {
    await raw.end();
    await close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
