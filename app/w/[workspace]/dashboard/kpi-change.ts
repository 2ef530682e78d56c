// How a KPI card says what changed since the previous period. Counts change in percent of
// the previous value (an absolute difference when there was nothing before to divide by);
// rates in percentage points, since "+50%" of a 2% mention rate misleads; an average rank by
// its difference. Pure, so the wording is tested with plain cases.

export type ChangeKind = 'relative' | 'points' | 'difference';

export interface KpiChange {
  direction: 'up' | 'down' | 'flat';
  /** What the card shows next to the arrow: "12.5%", "3.0 pp", "0.50", "+40". */
  text: string;
  /** The same in words, for the screen-reader sentence: "up 12.5%". */
  words: string;
}

export function kpiChange(current: number | null, previous: number | null, kind: ChangeKind): KpiChange | null {
  if (current === null || previous === null) return null;
  let amount: number;
  let text: (abs: string) => string;
  let words: (abs: string) => string;
  let digits: number;
  if (kind === 'points') {
    amount = (current - previous) * 100;
    digits = 1;
    text = (a) => `${a} pp`;
    words = (a) => `${a} percentage ${a === '1.0' ? 'point' : 'points'}`;
  } else if (kind === 'difference') {
    amount = current - previous;
    digits = 2;
    text = words = (a) => a;
  } else if (previous > 0) {
    amount = ((current - previous) / previous) * 100;
    digits = 1;
    text = words = (a) => `${a}%`;
  } else {
    // Nothing (or a net loss) before: a percentage of it means nothing, so say how many.
    amount = current - previous;
    digits = 0;
    text = words = (a) => a;
  }
  const abs = Math.abs(amount).toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  if (Number(abs.replace(/,/g, '')) === 0) return { direction: 'flat', text: 'no change', words: 'unchanged' };
  const direction = amount > 0 ? 'up' : 'down';
  return { direction, text: text(abs), words: `${direction} ${words(abs)}` };
}
