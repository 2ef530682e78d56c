import { DEFAULT_LAG_DAYS } from '@/lib/opt-in-test';
import { MIN_SAMPLE_PER_GROUP } from '@/lib/stats';

// The methods behind every number on the page, two lines each.

const METHODS: [string, string][] = [
  [
    'Effect and 95% interval (bootstrap)',
    'The ratio is exposed ÷ not exposed. Each group is resampled with replacement thousands of times and the middle 95% of the resampled ratios is the interval (percentile bootstrap). The generator is seeded: the same data always gives the same interval.',
  ],
  [
    'Mann–Whitney U (reach, engagement, share of voice)',
    'A rank test: do values under exposure tend to be larger than those without? It does not assume a bell curve, so one viral post cannot decide it; p is the chance of a difference at least this clear if exposure made none.',
  ],
  [
    'Fisher’s exact test or the two-proportion z-test (mention rate)',
    'Compares the share of answers that name you. When any expected count of the 2×2 table is below 5 the exact test is used, otherwise the z-test (its normal approximation).',
  ],
  [
    'Minimum detectable effect',
    'The smallest ratio these sample sizes would detect 80% of the time at α = 0.05 (two-sided). A true effect smaller than this would usually go unnoticed: “not conclusive” then says little about whether it exists.',
  ],
  [
    'Lag',
    `A model trained on today’s posts answers months later, so each AI answer is compared with the exposure that many days before it was asked (default ${DEFAULT_LAG_DAYS}). Posts are judged by their exposure when published.`,
  ],
  [
    'Verdict',
    `“Conclusive” needs at least ${MIN_SAMPLE_PER_GROUP} observations per group, an interval that excludes 1× and a test with p below 0.05. Otherwise the page says “not conclusive” and why. Periods are not randomised: a season, a new job or an algorithm change can fall on one side, so read the timeline too.`,
  ],
];

export function AboutTests() {
  return (
    <section aria-labelledby="about-tests" className="rounded-lg border border-zinc-200 p-5 dark:border-zinc-800">
      <h2 id="about-tests" className="text-base font-semibold">
        About these tests
      </h2>
      <dl className="mt-3 space-y-3 text-sm">
        {METHODS.map(([term, text]) => (
          <div key={term}>
            <dt className="font-medium">{term}</dt>
            <dd className="text-zinc-600 dark:text-zinc-400">{text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
