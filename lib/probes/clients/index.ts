// Asking an AI engine one question over its HTTP API: OpenAI-compatible Chat Completions or
// Anthropic Messages, with timeouts, retries and errors a workspace admin can act on.

export { askEngine, DEFAULT_MAX_ATTEMPTS, DEFAULT_TIMEOUT_MS } from './ask';
export { ANTHROPIC_BASE_URL } from './anthropic';
export { ProbeError, type ProbeErrorKind } from './errors';
export { MAX_REPLY_BYTES } from './http';
export type { AskOptions, AskResult, AttemptLog, EngineConnection, EngineProtocol, ProbeAnswer } from './types';
