import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { profileDailyReach, type Profile, type User } from '@/db/schema';
import { sessionUser } from '@/lib/auth/session';
import { accountReachSeries, hasAccountReach, loadDashboard, parseRange } from '@/lib/dashboard';
import type { DashboardScope } from '@/lib/dashboard/scope';
import { createPost } from '@/lib/posts/posts';
import { createProfile, setProfileArchived } from '@/lib/profiles/profiles';
import { accessAs, makeTeam, type Team } from '../support/fixtures';

// Account reach (lib/dashboard/daily-reach.ts): profile_daily_reach summed per bucket over the
// scope's profiles. Ada and Bo are active, Cy is archived (left out of the workspace's view,
// counted in her own), and another workspace has rows on the same days that must never count.
// Every number below follows from the rows written in beforeAll.
vi.mock('@/lib/auth/session', () => ({ sessionUser: vi.fn() }));
vi.mock('next/headers', () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));
// The chart links to the Import page of the workspace in the URL (useParams).
const routeParams = vi.hoisted(() => ({ current: null as Record<string, string> | null }));
vi.mock('next/navigation', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/navigation')>()), useParams: () => routeParams.current }));

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** Monday 3 to Sunday 16 March 2025, both included: two whole weeks. */
const FROM = day('2025-03-03');
const TO = day('2025-03-17');

let team: Team;
let other: Team;
let ada: Profile;
let bo: Profile;
let cy: Profile;
let zed: Profile;

const scope = (over: Partial<DashboardScope> = {}): DashboardScope => ({ workspaceId: team.workspace.id, profileId: null, from: FROM, to: TO, ...over });

beforeAll(async () => {
  const db = await getDb();
  [team, other] = await Promise.all([makeTeam('account-reach'), makeTeam('account-reach-other')]);
  const editor = await accessAs(team.editor, team.workspace, 'data:write');
  const otherEditor = await accessAs(other.editor, other.workspace, 'data:write');
  ada = await createProfile(db, editor, { name: 'Ada Lovelace', kind: 'member', region: 'US' });
  bo = await createProfile(db, editor, { name: 'Bo Brown', kind: 'member', region: 'US' });
  cy = await createProfile(db, editor, { name: 'Cy Archived', kind: 'member', region: 'US' });
  zed = await createProfile(db, otherEditor, { name: 'Zed Other', kind: 'member', region: 'US' });
  await setProfileArchived(db, editor, cy.id, true);

  const row = (profile: Profile, d: string, impressions: number | null, engagements: number | null, membersReached: number | null = null) => ({
    profileId: profile.id,
    workspaceId: profile.workspaceId,
    day: d,
    impressions,
    engagements,
    membersReached,
  });
  await db.insert(profileDailyReach).values([
    row(ada, '2025-03-02', 9999, 999), // the day before the range
    row(ada, '2025-03-03', 100, 10, 80),
    row(ada, '2025-03-04', 200, 30), // creator analytics: no members reached
    row(ada, '2025-03-05', 100, null), // impressions without engagements: left out of the rate
    row(ada, '2025-03-10', 50, null),
    row(ada, '2025-03-17', 8888, 888), // the day after the range
    row(bo, '2025-03-03', 300, 15, 250),
    row(bo, '2025-03-11', 0, 0, 0), // no impressions: no rate
    row(cy, '2025-03-03', 7000, 700),
    row(cy, '2025-03-20', 10, 1),
    row(zed, '2025-03-03', 50000, 5000, 40000),
  ]);
  // The page draws its charts only for a range with a post or an answer.
  await createPost(db, editor, { profileId: ada.id, url: 'urn:li:activity:7310000000000000001', publishedAt: '2025-03-04T09:00:00Z', text: 'A post in the range.', metrics: { capturedOn: '2025-03-20', impressions: 120 } });
  await createPost(db, editor, { profileId: ada.id, url: 'urn:li:activity:7310000000000000002', publishedAt: '2025-04-02T09:00:00Z', text: 'A post in April.', metrics: { capturedOn: '2025-04-20', impressions: 60 } });
});

const empty = (bucket: string) => ({ bucket, days: 0, impressions: null, engagements: null, membersReached: null, engagementRate: null });

describe('accountReachSeries', () => {
  it('sums the workspace’s active profiles per day, every day present, the archived profile and other days left out', async () => {
    const series = await accountReachSeries(await getDb(), scope(), 'day');
    expect(series).toEqual([
      { bucket: '2025-03-03', days: 2, impressions: 400, engagements: 25, membersReached: 330, engagementRate: 25 / 400 },
      { bucket: '2025-03-04', days: 1, impressions: 200, engagements: 30, membersReached: null, engagementRate: 0.15 },
      { bucket: '2025-03-05', days: 1, impressions: 100, engagements: null, membersReached: null, engagementRate: null },
      empty('2025-03-06'),
      empty('2025-03-07'),
      empty('2025-03-08'),
      empty('2025-03-09'),
      { bucket: '2025-03-10', days: 1, impressions: 50, engagements: null, membersReached: null, engagementRate: null },
      { bucket: '2025-03-11', days: 1, impressions: 0, engagements: 0, membersReached: 0, engagementRate: null },
      empty('2025-03-12'),
      empty('2025-03-13'),
      empty('2025-03-14'),
      empty('2025-03-15'),
      empty('2025-03-16'),
    ]);
  });

  it('sums the days of a week, the rate over the days that give both figures', async () => {
    const series = await accountReachSeries(await getDb(), scope(), 'week');
    expect(series).toEqual([
      // 100 + 200 + 100 + 300 impressions; the rate leaves out 5 March (no engagements): 55 / 600.
      { bucket: '2025-03-03', days: 4, impressions: 700, engagements: 55, membersReached: 330, engagementRate: 55 / 600 },
      { bucket: '2025-03-10', days: 2, impressions: 50, engagements: 0, membersReached: 0, engagementRate: null },
    ]);
    const month = await accountReachSeries(await getDb(), scope(), 'month');
    expect(month).toEqual([{ bucket: '2025-03-01', days: 6, impressions: 750, engagements: 55, membersReached: 330, engagementRate: 55 / 600 }]);
  });

  it('gives an empty bucket before and after the data', async () => {
    const series = await accountReachSeries(await getDb(), scope({ from: day('2025-02-24'), to: day('2025-03-31') }), 'week');
    expect(series.map((p) => [p.bucket, p.days, p.impressions])).toEqual([
      ['2025-02-24', 1, 9999],
      ['2025-03-03', 4, 700],
      ['2025-03-10', 2, 50],
      ['2025-03-17', 1, 8888],
      ['2025-03-24', 0, null],
    ]);
  });

  it('counts one profile, archived or not, and never another workspace’s rows', async () => {
    const db = await getDb();
    const [bos, cys, crossed, others] = await Promise.all([
      accountReachSeries(db, scope({ profileId: bo.id }), 'week'),
      accountReachSeries(db, scope({ profileId: cy.id }), 'week'),
      // Another workspace's profile asked for in this workspace: nothing.
      accountReachSeries(db, scope({ profileId: zed.id }), 'week'),
      accountReachSeries(db, scope({ workspaceId: other.workspace.id }), 'week'),
    ]);
    expect(bos).toEqual([
      { bucket: '2025-03-03', days: 1, impressions: 300, engagements: 15, membersReached: 250, engagementRate: 0.05 },
      { bucket: '2025-03-10', days: 1, impressions: 0, engagements: 0, membersReached: 0, engagementRate: null },
    ]);
    expect(cys).toEqual([{ bucket: '2025-03-03', days: 1, impressions: 7000, engagements: 700, membersReached: null, engagementRate: 0.1 }, empty('2025-03-10')]);
    expect(crossed).toEqual([empty('2025-03-03'), empty('2025-03-10')]);
    expect(others).toEqual([{ bucket: '2025-03-03', days: 1, impressions: 50000, engagements: 5000, membersReached: 40000, engagementRate: 0.1 }, empty('2025-03-10')]);
  });

  it('is part of loadDashboard', async () => {
    const d = await loadDashboard(await getDb(), team.workspace.id, null, parseRange({ range: 'custom', from: '2025-03-03', to: '2025-03-16' }, null));
    expect(d.range.bucket).toBe('day');
    expect(d.accountReach).toHaveLength(14);
    expect(d.accountReach.reduce((sum, p) => sum + (p.impressions ?? 0), 0)).toBe(750);
  });
});

describe('hasAccountReach', () => {
  it('says whether the scope has any row in the range', async () => {
    const db = await getDb();
    const after = { from: day('2025-03-18'), to: day('2025-03-22') };
    expect(await hasAccountReach(db, scope())).toBe(true);
    expect(await hasAccountReach(db, scope({ from: day('2025-03-12'), to: day('2025-03-17') }))).toBe(false);
    // Only the archived profile has 20 March: not in the workspace's view, in her own.
    expect(await hasAccountReach(db, scope(after))).toBe(false);
    expect(await hasAccountReach(db, scope({ ...after, profileId: cy.id }))).toBe(true);
    expect(await hasAccountReach(db, scope({ profileId: zed.id }))).toBe(false);
  });
});

describe('the dashboard page', () => {
  type Page = (props: { params: Promise<Record<string, string>>; searchParams: Promise<Record<string, string>> }) => Promise<ReactNode>;

  async function render(user: User, slug: string, searchParams: Record<string, string>): Promise<string> {
    vi.mocked(sessionUser).mockResolvedValue(user);
    routeParams.current = { workspace: slug };
    const page = (await import('@/app/w/[workspace]/page')).default as unknown as Page;
    return renderToStaticMarkup(await page({ params: Promise.resolve({ workspace: slug }), searchParams: Promise.resolve(searchParams) }));
  }

  it('shows account impressions under the posts’ reach, with the difference explained', async () => {
    const html = await render(team.viewer, team.workspace.slug, { range: 'custom', from: '2025-03-03', to: '2025-03-16' });
    const posts = html.indexOf('Impressions and engagement rate per day');
    const explanation = html.indexOf(
      'Posts’ reach counts each post’s newest numbers by its publication day; account impressions are what LinkedIn counted per day across all content.',
    );
    const account = html.indexOf('Account impressions per day (LinkedIn analytics)');
    expect(posts).toBeGreaterThan(-1);
    expect(explanation).toBeGreaterThan(posts);
    expect(account).toBeGreaterThan(explanation);
    expect(html).toContain('750 impressions over 6 profile-days with data; the most in the day of 2025-03-03 (400).');
    expect(html).toContain('No data for the days of 2025-03-06, 2025-03-07, 2025-03-08, 2025-03-09, 2025-03-12 and 4 more.');
    expect(html).toContain('Download CSV<span class="sr-only"> of Account impressions per day (LinkedIn analytics)</span>');
    expect(html).not.toContain('No LinkedIn account analytics in this range');
  });

  it('says which export to import when the range has posts but no account analytics', async () => {
    const html = await render(team.viewer, team.workspace.slug, { range: 'custom', from: '2025-04-01', to: '2025-04-30' });
    expect(html).toContain('No LinkedIn account analytics in this range');
    expect(html).toContain('import the creator analytics .xlsx (Content → Export) or a company page’s export on the');
    expect(html).toContain(`href="/w/${team.workspace.slug}/imports"`);
    expect(html).not.toMatch(/Account impressions per \w+ \(LinkedIn analytics\)/);
  });
});
