// The English language module of the `sentiment` package (AFINN-165 labels and negation rule);
// @types/sentiment declares only the package's main entry.
declare module 'sentiment/languages/en/index.js' {
  const language: {
    labels: Record<string, number>;
    scoringStrategy: { apply(tokens: string[], cursor: number, tokenScore: number): number };
  };
  export default language;
}
