import type { Db } from '@/db/client';
import { spanAt } from '@/lib/consent/exposure';
import { profileTimelines } from '@/lib/dashboard/bands';
import type { Bucket } from '@/lib/dashboard/range';
import { bucketStarts, truncate, type DashboardScope } from '@/lib/dashboard/scope';
import { compareRates, compareSamples, type Effect } from './analysis';
import { answerObservations, postObservations, type AnswerObservation, type PostObservation } from './samples';

// The opt-in test (DESIGN.md "The opt-in test"): does staying opted in buy reach and AI
// mentions? Each comparison splits the range's observations by effective training exposure
// and hands them to analysis.ts. What counts as exposed:
//   posts     exposure at publication (region rules and the toggle; lib/consent)
//   answers   exposure `lagDays` before the answer was asked, since models learn months after
//             the fact: of the chosen profile, or, for the whole workspace, of any profile
// Reach is normalised per 1,000 followers at publication (posting volume is taken out by
// comparing per post); posts without a known follower count are left out of it and counted.

export const DEFAULT_LAG_DAYS = 90;
export const CLAIM = 'Staying opted in to LinkedIn’s generative-AI training earns your content more AI mentions and broader distribution.';

export interface Comparison {
  id: 'reach' | 'engagement' | 'reach_raw' | 'team_reach' | 'mention_rate' | 'share_of_voice';
  title: string;
  /** What was compared, in a sentence, including what was left out and why. */
  description: string;
  unit: string;
  effect: Effect;
}

export interface TradeOffPoint {
  bucket: string;
  /** Running totals since the start of the range. */
  privacyExposure: number;
  exposedImpressions: number;
  mentionsWhileExposed: number;
}

export interface OptInTestResult {
  claim: string;
  lagDays: number;
  scope: { profileId: string | null; from: string; to: string };
  comparisons: Comparison[];
  tradeOff: TradeOffPoint[];
  counts: { posts: number; postsWithoutFollowers: number; answers: number; profiles: number };
}

const perThousand = (p: PostObservation) => (p.impressions / p.followers!) * 1000;
const weekKey = (d: Date) => truncate(d, 'week').toISOString().slice(0, 10);

export async function runOptInTest(db: Db, scope: DashboardScope, options: { lagDays?: number; bucket?: Bucket } = {}): Promise<OptInTestResult> {
  const lagDays = options.lagDays ?? DEFAULT_LAG_DAYS;
  const [posts, answers, timelines] = await Promise.all([postObservations(db, scope), answerObservations(db, scope), profileTimelines(db, scope)]);
  const lagMs = lagDays * 86_400_000;
  const exposedAt = (t: Date) => timelines.some((p) => p.spans.length > 0 && spanAt(p.spans, t).state === 'exposed');
  const answerExposed = (a: AnswerObservation) => exposedAt(new Date(a.askedAt.getTime() - lagMs));

  const comparisons: Comparison[] = [];
  const who = scope.profileId ? (timelines[0]?.name ?? 'This profile') : 'The workspace';
  const split = <T>(items: readonly T[], exposed: (t: T) => boolean) => [items.filter(exposed), items.filter((t) => !exposed(t))] as const;

  const [exposedPosts, otherPosts] = split(posts, (p) => p.exposed);
  const withFollowers = (list: readonly PostObservation[]) => list.filter((p) => p.followers !== null && p.followers > 0);
  const missing = posts.length - withFollowers(posts).length;
  comparisons.push({
    id: 'reach',
    title: 'Reach per post, per 1,000 followers',
    description: `${who}’s posts published under effective training exposure against those published without it: impressions per 1,000 followers at publication.${missing ? ` ${missing} of ${posts.length} posts have no follower count before their publication day and are left out.` : ''}`,
    unit: 'impressions per 1,000 followers',
    effect: compareSamples(withFollowers(exposedPosts).map(perThousand), withFollowers(otherPosts).map(perThousand), { subject: 'Posts under exposure', metric: 'reach per 1,000 followers', unit: 'posts' }),
  });
  if (missing > 0) {
    comparisons.push({
      id: 'reach_raw',
      title: 'Impressions per post (not normalised)',
      description: 'The same posts by raw impressions, including those without a follower count: follower growth over the period is not taken out.',
      unit: 'impressions',
      effect: compareSamples(exposedPosts.map((p) => p.impressions), otherPosts.map((p) => p.impressions), { subject: 'Posts under exposure', metric: 'impressions per post', unit: 'posts' }),
    });
  }
  const rate = (list: readonly PostObservation[]) => list.map((p) => p.engagementRate).filter((r): r is number => r !== null);
  comparisons.push({
    id: 'engagement',
    title: 'Engagement rate',
    description: `${who}’s posts under exposure against the others: (reactions + comments + reposts + clicks) / impressions, per post.`,
    unit: 'engagement rate',
    effect: compareSamples(rate(exposedPosts), rate(otherPosts), { subject: 'Posts under exposure', metric: 'engagement rate', unit: 'posts' }),
  });

  if (!scope.profileId && timelines.length >= 2) {
    // Opted-in against opted-out profiles over the same dates: only weeks in which both
    // kinds of profile posted, so a season or an algorithm change falls on both sides.
    // Weeks are counted among the posts that enter the comparison (those with a follower count).
    const weeksOf = (list: readonly PostObservation[]) => new Set(withFollowers(list).map((p) => weekKey(p.publishedAt)));
    const otherWeeks = weeksOf(otherPosts);
    const shared = new Set([...weeksOf(exposedPosts)].filter((w) => otherWeeks.has(w)));
    const inShared = (list: readonly PostObservation[]) => withFollowers(list).filter((p) => shared.has(weekKey(p.publishedAt)));
    comparisons.push({
      id: 'team_reach',
      title: 'Opted-in against opted-out profiles, same weeks',
      description: `Posts of profiles under exposure against posts of profiles without it, in the ${shared.size} week${shared.size === 1 ? '' : 's'} when both posted: impressions per 1,000 followers.`,
      unit: 'impressions per 1,000 followers',
      effect: compareSamples(inShared(exposedPosts).map(perThousand), inShared(otherPosts).map(perThousand), { subject: 'Opted-in profiles', metric: 'reach per 1,000 followers', unit: 'posts' }),
    });
  }

  const [exposedAnswers, otherAnswers] = split(answers, answerExposed);
  const lagWords = lagDays ? `${lagDays} days before it was asked` : 'when it was asked';
  comparisons.push({
    id: 'mention_rate',
    title: 'AI mention rate',
    description: `Answers that name one of your names, split by whether ${scope.profileId ? who : 'any profile'} was under exposure ${lagWords}.`,
    unit: 'share of answers',
    effect: compareRates(exposedAnswers.filter((a) => a.namesUs).length, exposedAnswers.length, otherAnswers.filter((a) => a.namesUs).length, otherAnswers.length, {
      subject: 'Answers after exposure',
      metric: 'mention rate',
      unit: 'answers',
    }),
  });
  const voice = (list: readonly AnswerObservation[]) => list.filter((a) => a.allMentions > 0).map((a) => a.usMentions / a.allMentions);
  comparisons.push({
    id: 'share_of_voice',
    title: 'Share of voice',
    description: `Per answer naming any tracked name: your mentions over all tracked names’ mentions, split the same way (${lagWords}).`,
    unit: 'share of voice',
    effect: compareSamples(voice(exposedAnswers), voice(otherAnswers), { subject: 'Answers after exposure', metric: 'share of voice', unit: 'answers' }),
  });

  return {
    claim: CLAIM,
    lagDays,
    scope: { profileId: scope.profileId, from: scope.from.toISOString().slice(0, 10), to: scope.to.toISOString().slice(0, 10) },
    comparisons,
    tradeOff: tradeOff(posts, exposedAnswers, scope, options.bucket ?? 'week'),
    counts: { posts: posts.length, postsWithoutFollowers: missing, answers: answers.length, profiles: timelines.length },
  };
}

/**
 * What exposure bought and what it cost, as running totals per bucket: impressions of posts
 * published under exposure and answers naming us after exposure (lagged) against the privacy
 * scores of every post that was ever under exposure (DESIGN.md: turning the toggle off does
 * not take a post out of the pool).
 */
function tradeOff(posts: readonly PostObservation[], exposedAnswers: readonly AnswerObservation[], scope: DashboardScope, bucket: Bucket): TradeOffPoint[] {
  const starts = bucketStarts(scope.from, scope.to, bucket);
  const keyOf = (d: Date) => truncate(d, bucket).toISOString().slice(0, 10);
  const add = new Map<string, { privacy: number; impressions: number; mentions: number }>();
  const at = (key: string) => add.get(key) ?? add.set(key, { privacy: 0, impressions: 0, mentions: 0 }).get(key)!;
  for (const p of posts) {
    if (!p.everExposed) continue;
    const entry = at(keyOf(p.publishedAt));
    entry.privacy += p.privacyScore;
    if (p.exposed) entry.impressions += p.impressions;
  }
  for (const a of exposedAnswers) if (a.namesUs) at(keyOf(a.askedAt)).mentions += 1;
  let privacy = 0;
  let impressions = 0;
  let mentions = 0;
  return starts.map((start) => {
    const key = start.toISOString().slice(0, 10);
    const entry = add.get(key);
    privacy += entry?.privacy ?? 0;
    impressions += entry?.impressions ?? 0;
    mentions += entry?.mentions ?? 0;
    return { bucket: key, privacyExposure: privacy, exposedImpressions: impressions, mentionsWhileExposed: mentions };
  });
}

export type { Effect } from './analysis';
