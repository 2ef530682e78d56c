import { ProbeError } from './errors';
import type { EngineConnection } from './types';

/**
 * Azure OpenAI resources live on these hosts. They take the key in an `api-key` header, not
 * as a Bearer token, and the classic deployment URLs
 * (`https://NAME.openai.azure.com/openai/deployments/DEPLOYMENT`) need an `api-version`
 * query parameter: in the base URL (`…?api-version=2024-10-21`) or as the connection's
 * `apiVersion`. The newer v1 API (`https://NAME.openai.azure.com/openai/v1`) needs none.
 */
const AZURE_HOST_SUFFIXES = ['.openai.azure.com', '.cognitiveservices.azure.com'];

export function isAzureHost(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  return AZURE_HOST_SUFFIXES.some((suffix) => host.endsWith(suffix));
}

/** Hosts that want `max_completion_tokens`: OpenAI's reasoning models refuse `max_tokens`. */
export function isOpenAiHost(url: URL): boolean {
  return url.hostname.toLowerCase() === 'api.openai.com' || isAzureHost(url);
}

/**
 * `{baseUrl}/{path}`, whatever slashes the base URL ends with, keeping its query string
 * (Azure's api-version rides there).
 */
export function endpointUrl(conn: EngineConnection, path: string): URL {
  const url = parseBaseUrl(conn.baseUrl);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
  url.hash = '';
  if (isAzureHost(url)) applyAzureVersion(url, conn);
  return url;
}

function parseBaseUrl(baseUrl: string): URL {
  let url: URL;
  try {
    url = new URL(baseUrl.trim());
  } catch {
    throw configError(`The base URL "${baseUrl.slice(0, 200)}" is not a valid URL: check the engine settings.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw configError(`The base URL must start with https:// or http://, not ${url.protocol}//.`);
  }
  if (url.username || url.password) {
    // fetch refuses such URLs, and a password there would end up in logs.
    throw configError('The base URL must not contain a user name or password: put the key in the API key field.');
  }
  return url;
}

function applyAzureVersion(url: URL, conn: EngineConnection): void {
  if (conn.apiVersion) url.searchParams.set('api-version', conn.apiVersion);
  if (url.searchParams.has('api-version')) return;
  if (/\/openai\/v1\//.test(url.pathname)) return; // the v1 API is versionless
  throw configError(
    'Azure OpenAI needs an api-version: add "?api-version=2024-10-21" (or the version your resource uses) to the base URL, or use the v1 base URL https://NAME.openai.azure.com/openai/v1.',
  );
}

function configError(message: string): ProbeError {
  return new ProbeError({ kind: 'client_error', message });
}
