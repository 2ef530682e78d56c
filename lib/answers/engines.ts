// The AI products an answer can come from (DESIGN.md "engine"), as stored and reported on.
// An answer names the product (ChatGPT, Perplexity…), whatever API or file it arrived through;
// `other` covers local models and anything new.

export const ANSWER_ENGINES = ['chatgpt', 'copilot', 'gemini', 'perplexity', 'claude', 'other'] as const;
export type AnswerEngine = (typeof ANSWER_ENGINES)[number];

export const ANSWER_ENGINE_LABELS: Record<AnswerEngine, string> = {
  chatgpt: 'ChatGPT',
  copilot: 'Copilot',
  gemini: 'Gemini',
  perplexity: 'Perplexity',
  claude: 'Claude',
  other: 'Other',
};
