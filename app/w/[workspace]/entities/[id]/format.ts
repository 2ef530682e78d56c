// How the entity page writes its numbers: a missing value is "—", never 0.

/** An average rank: 1 = named first. */
export const formatRank = (rank: number | null | undefined) => (rank === null || rank === undefined ? '—' : rank.toFixed(2));

/** Sentiment in [-1, 1], with its sign. */
export const formatSentiment = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : `${value > 0 ? '+' : value < 0 ? '−' : ''}${Math.abs(value).toFixed(2)}`;

export const sentimentWord = (value: number | null | undefined) =>
  value === null || value === undefined ? 'no answer names it' : value >= 0.05 ? 'positive' : value <= -0.05 ? 'negative' : 'neutral';
