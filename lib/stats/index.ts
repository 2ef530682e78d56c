// The statistics of the opt-in test: pure functions, no I/O. See DESIGN.md "The opt-in test".
export { StatsInputError, type Alternative } from './errors';
export { normalCdf, normalSf, normalPdf, normalQuantile } from './normal';
export { mannWhitneyU, MWU_EXACT_MAX_N, type MannWhitneyResult } from './mann-whitney';
export { fisherExact, type FisherResult } from './fisher';
export {
  twoProportionZ,
  compareProportions,
  MIN_EXPECTED_CELL_COUNT,
  type TwoProportionZ,
  type ProportionComparison,
} from './proportions';
export { mulberry32 } from './random';
export {
  bootstrapRatioCI,
  bootstrapProportionRatioCI,
  mean,
  median,
  quantileSorted,
  DEFAULT_BOOTSTRAP_ITERATIONS,
  DEFAULT_BOOTSTRAP_SEED,
  type BootstrapOptions,
  type RatioInterval,
} from './bootstrap';
export {
  minimumDetectableMeanEffect,
  minimumDetectableProportionEffect,
  powerMultiplier,
  DEFAULT_ALPHA,
  DEFAULT_POWER,
  type MeanEffect,
  type ProportionEffect,
  type PowerSettings,
} from './power';
export { verdict, MIN_SAMPLE_PER_GROUP, type Verdict, type VerdictInput } from './verdict';
