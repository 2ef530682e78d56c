// A ratio with its 95% interval on a log scale, with the 1× line (no effect): equal
// distances mean equal factors, so 0.5× and 2× sit as far from 1× on either side.

export type EffectTone = 'higher' | 'lower' | 'inconclusive';

const WIDTH = 400;
const PAD = 14;
const TONE: Record<EffectTone, string> = {
  higher: 'stroke-indigo-600 fill-indigo-600 dark:stroke-indigo-400 dark:fill-indigo-400',
  lower: 'stroke-amber-600 fill-amber-600 dark:stroke-amber-400 dark:fill-amber-400',
  inconclusive: 'stroke-zinc-500 fill-zinc-500 dark:stroke-zinc-400 dark:fill-zinc-400',
};
const TICKS = [0.05, 0.1, 0.25, 0.5, 1, 2, 4, 10, 20];

export const formatRatio = (v: number | null) => (v === null ? '—' : `${v >= 10 ? v.toFixed(1) : v.toFixed(2)}×`);

/** A shared log domain for several intervals: always 0.5× to 2×, wider where a bound needs it, never past 1/20 and 20. */
export function ciDomain(values: readonly (number | null)[]): [number, number] {
  const finite = values.filter((v): v is number => v !== null && v > 0 && Number.isFinite(v));
  const low = Math.max(1 / 20, Math.min(0.5, ...finite.map((v) => v / 1.25)));
  const high = Math.min(20, Math.max(2, ...finite.map((v) => v * 1.25)));
  return [low, high];
}

export function ciLabel(ratio: number | null, low: number | null, high: number | null): string {
  if (ratio === null) return 'No ratio: nothing to compare against.';
  const interval = low !== null && high !== null ? `95% interval ${formatRatio(low)} to ${formatRatio(high)}` : 'no interval could be estimated';
  const includesOne = low !== null && high !== null && low <= 1 && high >= 1;
  return `Ratio ${formatRatio(ratio)}, ${interval}${low !== null ? (includesOne ? ', which includes 1× (no effect)' : ', which excludes 1× (no effect)') : ''}. Log scale.`;
}

export function CiBar({
  ratio,
  low,
  high,
  domain,
  tone,
  axis = true,
}: {
  ratio: number | null;
  low: number | null;
  high: number | null;
  domain: [number, number];
  tone: EffectTone;
  axis?: boolean;
}) {
  const [min, max] = domain;
  const span = Math.log(max) - Math.log(min);
  const x = (v: number) => PAD + ((Math.log(Math.min(max, Math.max(min, v))) - Math.log(min)) / span) * (WIDTH - 2 * PAD);
  const height = axis ? 40 : 22;
  const mid = 11;
  const clipped = (v: number | null) => v !== null && (v < min || v > max);
  return (
    <svg role="img" aria-label={ciLabel(ratio, low, high)} viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full max-w-md overflow-visible">
      <line x1={PAD} x2={WIDTH - PAD} y1={mid} y2={mid} className="stroke-zinc-200 dark:stroke-zinc-700" strokeWidth={1} />
      <line x1={x(1)} x2={x(1)} y1={0} y2={22} className="stroke-zinc-900 dark:stroke-zinc-100" strokeWidth={1} strokeDasharray="3 2" />
      {ratio !== null && low !== null && high !== null && (
        <g className={TONE[tone]}>
          <line x1={x(low)} x2={x(high)} y1={mid} y2={mid} strokeWidth={4} strokeLinecap={clipped(low) || clipped(high) ? 'butt' : 'round'} />
          {!clipped(low) && <line x1={x(low)} x2={x(low)} y1={mid - 6} y2={mid + 6} strokeWidth={2} />}
          {!clipped(high) && <line x1={x(high)} x2={x(high)} y1={mid - 6} y2={mid + 6} strokeWidth={2} />}
        </g>
      )}
      {ratio !== null && <circle cx={x(ratio)} cy={mid} r={5} className={`${TONE[tone]} stroke-white dark:stroke-zinc-900`} strokeWidth={1.5} />}
      {axis && (
        <g className="fill-zinc-500 dark:fill-zinc-400" fontSize={10} textAnchor="middle">
          {TICKS.filter((t) => t >= min && t <= max).map((t) => (
            <text key={t} x={x(t)} y={36} className={t === 1 ? 'fill-zinc-900 font-semibold dark:fill-zinc-100' : undefined}>
              {t}×
            </text>
          ))}
        </g>
      )}
    </svg>
  );
}
