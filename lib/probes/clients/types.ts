// The shapes shared by the wire formats and the retry loop. Kept apart from the code so the
// adapters, the loop and callers (the probe runner, the engine settings page) share one vocabulary.

/** The wire format: OpenAI-compatible Chat Completions, or Anthropic's Messages API. */
export type EngineProtocol = 'openai' | 'anthropic';

/** One configured engine, with its API key already decrypted (lib/crypto/secret-box.ts). */
export interface EngineConnection {
  protocol: EngineProtocol;
  /** e.g. `https://api.openai.com/v1`, `https://api.perplexity.ai`, `http://localhost:11434/v1`. */
  baseUrl: string;
  model: string;
  /** Null (or empty) for servers that need none, such as a local Ollama. */
  apiKey: string | null;
  systemPrompt?: string | null;
  temperature?: number | null;
  maxTokens?: number | null;
  /**
   * Azure OpenAI only: the `api-version` query parameter, when the base URL does not carry
   * one already (see endpoint.ts for the Azure rules).
   */
  apiVersion?: string | null;
}

export interface ProbeAnswer {
  /** The answer's text, surrounding whitespace trimmed; never empty. */
  text: string;
  /** The model that answered, as the engine names it (may differ from the one asked for). */
  model: string | null;
  /** http(s) URLs the engine cited or searched, each once: cited ones first, in order. */
  citations: string[];
  usage: { inputTokens: number | null; outputTokens: number | null };
  /** `stop`, `length`, `end_turn`, `max_tokens`… as the engine says it. */
  finishReason: string | null;
}

/** One HTTP try, for the run's log. Never contains the API key. */
export interface AttemptLog {
  /** 1-based. */
  attempt: number;
  /** The HTTP status, or null when no response came (timeout, network). */
  status: number | null;
  /** Null when the attempt succeeded. */
  error: string | null;
  /** Wall time of the attempt, not counting the wait before it. */
  ms: number;
}

export interface AskOptions {
  /** Per attempt, covering the response body too. Default 60 000 ms. */
  timeoutMs?: number;
  /** Tries in all, the first included. Default 3. */
  maxAttempts?: number;
  /** The caller's cancellation: stops at once, with no retry, by throwing the signal's reason. */
  signal?: AbortSignal;
  fetch?: typeof fetch;
  /** How to wait between attempts; tests inject one that records instead of waiting. */
  sleep?: (ms: number) => Promise<void>;
  /** Backoff base: attempt n waits a random time in [0, base·2^(n-1)], capped. Default 1 000 ms. */
  baseDelayMs?: number;
  /** Cap on any wait, Retry-After included. Default 30 000 ms. */
  maxDelayMs?: number;
  onAttempt?: (log: AttemptLog) => void;
}

export interface AskResult {
  answer: ProbeAnswer;
  attempts: AttemptLog[];
}
