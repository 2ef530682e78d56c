import type { OptInTestResult } from '@/lib/opt-in-test';
import { formatCount } from '@/app/_components/ui';

// The claim under test, stated before any number, with what opting out can and cannot undo.

export function Claim({ result, scopeName, lastDay }: { result: OptInTestResult; scopeName: string; lastDay: string }) {
  const { counts } = result;
  return (
    <section aria-labelledby="claim" className="rounded-lg border border-indigo-200 bg-indigo-50 p-5 dark:border-indigo-900 dark:bg-indigo-950/40">
      <h2 id="claim" className="text-sm font-medium uppercase tracking-wide text-indigo-800 dark:text-indigo-300">
        The claim under test
      </h2>
      <p className="mt-2 text-lg font-semibold">“{result.claim}”</p>
      <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
        The argument for leaving LinkedIn’s “Data for Generative AI Improvement” switched on: content that AI models learn from gets named more often in AI answers and is
        distributed more widely. This page checks it against your own data — periods (or, in a team, profiles) under effective training exposure against those without — and
        says “not conclusive” whenever the data cannot tell.
      </p>
      <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
        <strong>Keep in mind:</strong> turning the toggle off stops <em>future</em> training use; it does not remove a post from models already trained. Exposure here is the
        toggle <em>and</em> the region rules (some regions were exempt), as on the profile pages.
      </p>
      <p className="mt-3 text-sm">
        Tested: <strong>{scopeName}</strong>, {result.scope.from} to {lastDay}, lag {result.lagDays} days — {formatCount(counts.posts)} posts with impressions
        {counts.postsWithoutFollowers ? ` (${formatCount(counts.postsWithoutFollowers)} without a follower count)` : ''}, {formatCount(counts.answers)} AI answers,{' '}
        {formatCount(counts.profiles)} {counts.profiles === 1 ? 'profile' : 'profiles'}.
      </p>
    </section>
  );
}
