import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import type { Profile, User } from '@/db/schema';
import { createAnnotation } from '@/lib/annotations';
import { sessionUser } from '@/lib/auth/session';
import { addConsentEvent } from '@/lib/consent/events';
import { addMetricSnapshot, createPost } from '@/lib/posts/posts';
import { createProfile } from '@/lib/profiles/profiles';
import { EngineTrendChart } from '@/app/_components/charts/engine-trend-chart';
import { axisDays, MetricHistoryChart } from '@/app/_components/charts/metric-history-chart';
import { accessAs, makeTeam, type Team } from '../support/fixtures';

// The time charts outside the dashboard carry its overlays too: the post page's metric
// history shades its profile's periods of effective training exposure and marks that
// profile's notes and opt-in changes (and the workspace's notes). recharts draws no SVG on
// the server, so the legend, the spoken summary and the list of markers are what is read.
vi.mock('@/lib/auth/session', () => ({ sessionUser: vi.fn() }));
vi.mock('next/headers', () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));

type Page = (props: { params: Promise<Record<string, string>>; searchParams: Promise<Record<string, string>> }) => Promise<ReactNode>;

async function renderPost(user: User, slug: string, id: string): Promise<string> {
  vi.mocked(sessionUser).mockResolvedValue(user);
  const page = (await import('@/app/w/[workspace]/posts/[id]/page')).default as unknown as Page;
  return renderToStaticMarkup(await page({ params: Promise.resolve({ workspace: slug, id }), searchParams: Promise.resolve({}) }));
}

let team: Team;
let cleo: Profile;
let tracked: string;
let bare: string;

beforeAll(async () => {
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true'; // as next.config.js's authInterrupts sets it
  const db = await getDb();
  team = await makeTeam('chart-overlays');
  const editor = await accessAs(team.editor, team.workspace, 'data:write');
  // US profiles are exposed by LinkedIn's default; Cleo opts out on 10 April.
  cleo = await createProfile(db, editor, { name: 'Cleo Park', kind: 'member', region: 'US' });
  const dan = await createProfile(db, editor, { name: 'Dan Ortiz', kind: 'member', region: 'US' });
  await addConsentEvent(db, editor, cleo.id, { status: 'off', effectiveAt: '2025-04-10T00:00:00Z' }, 'manual');
  await addConsentEvent(db, editor, dan.id, { status: 'off', effectiveAt: '2025-04-04T00:00:00Z' }, 'manual');

  const post = await createPost(db, editor, {
    profileId: cleo.id,
    url: 'urn:li:activity:7311111111111111111',
    publishedAt: '2025-03-31T09:00:00Z',
    text: 'Spring update.',
    metrics: { capturedOn: '2025-04-01', impressions: 100, reactions: 5 },
  });
  await addMetricSnapshot(db, editor, post.id, { capturedOn: '2025-04-05', impressions: 400, reactions: 12 });
  await addMetricSnapshot(db, editor, post.id, { capturedOn: '2025-04-15', impressions: 900, reactions: 20 });
  tracked = post.id;
  bare = (await createPost(db, editor, { profileId: cleo.id, url: 'urn:li:activity:7322222222222222222', publishedAt: '2025-04-02T09:00:00Z', text: 'No numbers yet.' })).id;

  await createAnnotation(db, editor, { day: '2025-04-03', label: 'Team offsite' }); // the whole workspace
  await createAnnotation(db, editor, { day: '2025-04-08', label: 'New headline', profileId: cleo.id, note: 'Changed the headline to “Staff engineer”.' });
  await createAnnotation(db, editor, { day: '2025-04-06', label: 'Dan on leave', profileId: dan.id }); // another profile
  await createAnnotation(db, editor, { day: '2025-04-20', label: 'After the last snapshot' });
});

describe('the post page’s metric history', () => {
  it('shades its profile’s exposure over the snapshots’ span and marks that profile’s notes and opt-in changes', async () => {
    const html = await renderPost(team.viewer, team.workspace.slug, tracked);
    expect(html).toContain('Shaded: under effective training exposure<');
    expect(html).toContain('3 snapshots from 2025-04-01 to 2025-04-15.');
    expect(html).toContain('Under effective training exposure (shaded): 2025-04-01 to 2025-04-09.');
    expect(html).toContain(' Marked: 2025-04-03: Team offsite; 2025-04-08: New headline (Cleo Park); 2025-04-10: Opted out of generative-AI training (Cleo Park).');
    expect(html).toContain('3 markers: notes and opt-in changes');
    expect(html).toContain('Note: Team offsite');
    expect(html).toContain('Note: New headline');
    expect(html).toContain('Changed the headline to “Staff engineer”.');
    expect(html).toContain('Opt-out: Opted out of generative-AI training');
    expect(html).toContain('Notes (dot and dashed line)');
    expect(html).toContain('Opt-out changes (dot and dashed line)');
    // Another profile's note and opt-out, and a note after the last snapshot, stay off.
    expect(html).not.toContain('Dan on leave');
    expect(html).not.toContain('Dan Ortiz');
    expect(html).not.toContain('After the last snapshot');
  });

  it('draws no overlays for a post without snapshots', async () => {
    const html = await renderPost(team.viewer, team.workspace.slug, bare);
    expect(html).toContain('No metrics yet');
    expect(html).not.toContain('Shaded:');
    expect(html).not.toContain('markers: notes');
  });
});

describe('the charts without overlays', () => {
  it('still draw, and say nothing of exposure or markers', () => {
    // A .ts file: elements without JSX.
    const metrics = renderToStaticMarkup(
      createElement(MetricHistoryChart, { metrics: [{ capturedOn: '2025-04-01', impressions: 10, membersReached: null, reactions: 1, comments: null, reposts: null, clicks: null, saves: null }] }),
    );
    expect(metrics).toContain('1 snapshot from 2025-04-01 to 2025-04-01.');
    expect(metrics).not.toContain('exposure');
    expect(metrics).not.toContain('Marked:');
    const trend = renderToStaticMarkup(
      createElement(EngineTrendChart, {
        series: { engines: ['chatgpt'], weeks: [{ week: '2025-03-03', engines: { chatgpt: { answers: 2, answersMentioning: 1, mentionRate: 0.5, avgRank: 1, avgVisibility: 0.2 } } }] },
        metric: 'mentionRate',
        entityName: 'Acme',
      }),
    );
    expect(trend).toContain('Acme’s mention rate per week from 2025-03-03 to 2025-03-03.');
    expect(trend).not.toContain('exposure');
  });

  it('spread the metric history over every day between the first and last snapshot', () => {
    expect(axisDays(['2025-02-27', '2025-03-02'])).toEqual(['2025-02-27', '2025-02-28', '2025-03-01', '2025-03-02']);
    expect(axisDays(['2025-04-01'])).toEqual(['2025-04-01']);
    expect(axisDays([])).toEqual([]);
    expect(axisDays(['2015-01-01', '2025-01-01'])).toEqual(['2015-01-01', '2025-01-01']);
  });
});
