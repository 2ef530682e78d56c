// Bad input to a statistic (an empty group, a count above its total, a NaN) is a bug in the
// caller or data the caller should have screened: it throws this, with what and which group.
// Too little data for a conclusion is not an error: `verdict` says so in words.
export class StatsInputError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = 'StatsInputError';
  }
}

export function requireSample(values: readonly number[], name: string): void {
  if (values.length === 0) throw new StatsInputError(`${name} is empty: a test needs at least one value per group.`);
  const bad = values.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0) throw new StatsInputError(`${name}[${bad}] is ${values[bad]}, not a finite number.`);
}

export function requireCount(successes: number, total: number, name: string): void {
  if (!Number.isInteger(total) || total < 1) throw new StatsInputError(`${name}: the total must be a whole number ≥ 1, got ${total}.`);
  if (!Number.isInteger(successes) || successes < 0 || successes > total) {
    throw new StatsInputError(`${name}: the count must be a whole number from 0 to ${total}, got ${successes}.`);
  }
}

export type Alternative = 'two-sided' | 'less' | 'greater';
