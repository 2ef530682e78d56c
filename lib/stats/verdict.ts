// The opt-in test's answer in words (DESIGN.md, "The opt-in test"): the effect with its
// interval, whether the data can tell, why not when they cannot, and the smallest effect the
// samples could have detected, e.g.
// "Opted-in weeks show 1.3× the mention rate (95% CI 0.9–1.8): not conclusive (the interval
//  includes 1×, no difference). …"

/** Fewer observations than this in either group and no verdict is given, whatever the numbers say. */
export const MIN_SAMPLE_PER_GROUP = 5;

export type VerdictInput = {
  /** Who shows the effect, e.g. 'Opted-in weeks'. */
  subject: string;
  /** What is compared, e.g. 'mention rate' or 'reach per post'. */
  metric: string;
  /** exposed / not exposed, with its interval; null when the ratio does not exist. */
  ratio: number | null;
  low: number | null;
  high: number | null;
  confidence?: number;
  /** The test's p-value (Mann–Whitney, Fisher or z); when given it must also be below alpha. */
  p?: number | null;
  alpha?: number;
  nExposed: number;
  nControl: number;
  /** What was counted, plural: 'posts', 'weeks'. */
  unit?: string;
  /** From the power helpers; undefined leaves the sentence out. */
  minimumDetectableRatio?: number | null;
};

export type Verdict = {
  conclusive: boolean;
  direction: 'higher' | 'lower' | null;
  /** Why it is not conclusive, each a phrase; empty when conclusive. */
  reasons: string[];
  text: string;
};

/** One decimal like the design's "1.3×", two when one decimal would blur the numbers into 1.0. */
function formatRatios(values: number[]): string[] {
  const oneDecimal = values.map((v) => v.toFixed(1));
  const blurred = values.some((v, i) => oneDecimal[i] === '1.0' && v !== 1) || new Set(oneDecimal).size < values.length;
  return blurred ? values.map((v) => v.toFixed(2)) : oneDecimal;
}

function formatP(p: number): string {
  return p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`;
}

export function verdict(input: VerdictInput): Verdict {
  const { subject, metric, ratio, low, high, nExposed, nControl } = input;
  const confidence = input.confidence ?? 0.95;
  const alpha = input.alpha ?? 0.05;
  const unit = input.unit ?? 'posts';
  const reasons: string[] = [];

  const few = [
    [nExposed, 'under exposure'],
    [nControl, 'without exposure'],
  ] as const;
  for (const [n, where] of few) {
    if (n < MIN_SAMPLE_PER_GROUP) reasons.push(`too few ${unit}: ${n} ${where} (at least ${MIN_SAMPLE_PER_GROUP} needed)`);
  }

  let head: string;
  if (ratio === null) {
    head = `${subject}: no ratio of the ${metric}, which is 0 without exposure`;
    reasons.push('there is nothing to compare against');
  } else {
    const shown = low !== null && high !== null ? formatRatios([ratio, low, high]) : formatRatios([ratio]);
    const level = `${Math.round(confidence * 100)}% CI`;
    const interval = low !== null && high !== null ? `${level} ${shown[1]}–${shown[2]}` : `no ${level}`;
    const pText = input.p === undefined || input.p === null ? '' : `, ${formatP(input.p)}`;
    head = `${subject} show ${shown[0]}× the ${metric} (${interval}${pText})`;
    if (low === null || high === null) reasons.push('the interval could not be estimated');
    else if (low <= 1 && high >= 1) reasons.push('the interval includes 1×, no difference');
    if (input.p !== undefined && input.p !== null && !(input.p < alpha)) {
      reasons.push(`the test's ${formatP(input.p)} is not below ${alpha}`);
    }
  }

  const conclusive = reasons.length === 0;
  const direction = conclusive && ratio !== null ? (ratio > 1 ? 'higher' : 'lower') : null;
  const outcome = conclusive
    ? `${direction} with exposure`
    : `not conclusive (${reasons.join('; ')})`;

  let detectable = '';
  if (input.minimumDetectableRatio !== undefined) {
    const sizes = `${nExposed} ${unit} under exposure and ${nControl} without`;
    detectable =
      input.minimumDetectableRatio === null
        ? ` With ${sizes}, the smallest detectable effect cannot be estimated.`
        : ` With ${sizes}, the smallest effect the data could detect is about ${formatRatios([input.minimumDetectableRatio])[0]}×.`;
  }
  return { conclusive, direction, reasons, text: `${head}: ${outcome}.${detectable}` };
}
