/**
 * Client options, their defaults, and their validation. Everything is checked once, when the
 * client is made, so a bad option fails there with ConfigError and not on a call.
 */
import { ConfigError, type ApiClientError } from "./errors.js";
import { authFor, base64, missingCredentials, type Auth, type Credentials } from "./auth.js";
import { BEARER_PROFILE, type RuntimeProfile } from "./profile.js";
import type { RateLimitOptions, RateLimitState } from "./rate-limit.js";
import type { RetryOptions, RetryPolicy } from "./retry.js";
import { DEFAULT_MAX_RESPONSE_BYTES } from "./bodyLimit.js";
import { PACKAGE_VERSION } from "./version.js";

/** Time, injectable so tests need not wait for real rate-limit resets and backoffs. */
export interface Clock {
  now(): number;
  /** Resolves after `ms`; rejects with `signal.reason` if the signal aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** Hook payloads never hold credentials: `headers` shows Authorization as "Bearer [redacted]". */
export interface RequestInfo {
  readonly operationId: string;
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** 1 for the first attempt. */
  readonly attempt: number;
}
export interface ResponseInfo {
  readonly operationId: string;
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly attempt: number;
  readonly durationMs: number;
  readonly rateLimit: RateLimitState | null;
}
export interface RetryInfo {
  readonly operationId: string;
  readonly method: string;
  /** The attempt that failed (1 for the first). */
  readonly attempt: number;
  readonly delayMs: number;
  readonly error: ApiClientError;
}
export interface Hooks {
  onRequest?(info: RequestInfo): void;
  onResponse?(info: ResponseInfo): void;
  onRetry?(info: RetryInfo): void;
}

/**
 * Options of every client. Credentials and the base URL fall back to the environment only when
 * the client's profile has an `envPrefix` (`<prefix>API_TOKEN`, ...: see RuntimeProfile).
 * `V` types `serverVariables` for a client whose server URL has variables.
 */
export interface ClientOptions<V extends Record<string, string> = Record<string, string>> {
  /** Bearer token (http bearer, OAuth 2, OpenID Connect schemes). @default env <prefix>API_TOKEN */
  token?: string;
  /** For http basic schemes, with `password`. @default env <prefix>USERNAME */
  username?: string;
  /** @default env <prefix>PASSWORD */
  password?: string;
  /** For API-key schemes: one key for all, or one per scheme name. @default env <prefix>API_KEY */
  apiKey?: string | Readonly<Record<string, string>>;
  /** @default env <prefix>API_URL, else the spec's first server URL with `serverVariables` filled in */
  baseUrl?: string;
  /** Values for the server URL's variables; each defaults to the spec's default. */
  serverVariables?: Partial<V>;
  /** Per attempt: the clock starts when each request is sent. @default 30000 */
  timeoutMs?: number;
  /** A fetch implementation. @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
  /**
   * The largest response body the client reads, in bytes; a larger one rejects with
   * ResponseTooLargeError (never retried). @default 67108864 (64 MiB)
   */
  maxResponseBytes?: number;
  /** Appended to the User-Agent "northflank-openapi/<version>", e.g. "my-pipeline/1.2". */
  userAgent?: string;
  /** Retry policy; `false` sends every request once. */
  retry?: RetryOptions | false;
  rateLimit?: RateLimitOptions;
  hooks?: Hooks;
  clock?: Clock;
}

export interface ResolvedOptions {
  readonly credentials: Credentials;
  /** What the profile's default security adds to each request. */
  readonly auth: Auth;
  /** Every credential as it may appear in text, for the redactor. */
  readonly secrets: readonly string[];
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly maxResponseBytes: number;
  readonly fetch: typeof globalThis.fetch;
  readonly userAgent: string;
  readonly retry: RetryPolicy;
  readonly pacingThreshold: number | null;
  readonly hooks: Hooks;
  readonly clock: Clock;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener("abort", onAbort);
  });
}

export const systemClock: Clock = { now: Date.now, sleep };

function env(name: string): string | undefined {
  // globalThis.process keeps this usable where there is no `process` (browsers, workers).
  return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name] || undefined;
}

function fail(message: string): never {
  throw new ConfigError(message);
}

/** An optional numeric option: `fallback` when left out, else at least `min` (ConfigError otherwise). */
export function checkNumber(name: string, value: number | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  return typeof value === "number" && value >= min ? value : fail(`option ${name} must be a number >= ${min}, got ${String(value)}`);
}

/**
 * A credential option: undefined when left out or empty, else a string without `forbidden`
 * characters (it goes into a header or URL). The message never echoes the value: it would end up in logs.
 */
/** Half of a UTF-16 pair without its other half: such a string cannot be percent-encoded (a cookie or query key) nor sent. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function checkCredential(name: string, value: unknown, forbidden = /[\s\0]/, without = "whitespace"): string | undefined {
  if (value === undefined || value === "") return undefined;
  if (typeof value !== "string" || forbidden.test(value)) return fail(`option ${name} must be a string without ${without}`);
  return LONE_SURROGATE.test(value) ? fail(`option ${name} must be well-formed Unicode (it has a lone surrogate)`) : value;
}

function checkApiKey(value: unknown): Credentials["apiKey"] {
  if (value === null || typeof value !== "object") return checkCredential("apiKey", value);
  const keys: Record<string, string> = {};
  for (const [scheme, key] of Object.entries(value)) {
    const checked = checkCredential(`apiKey.${scheme}`, key);
    if (checked !== undefined) keys[scheme] = checked;
  }
  return keys;
}

function readCredentials(options: ClientOptions, env: (suffix: string) => string | undefined): Credentials {
  return {
    token: checkCredential("token", options.token ?? env("API_TOKEN")),
    // RFC 7617 §2: a user-id holding a colon could not be told apart from the password.
    username: checkCredential("username", options.username ?? env("USERNAME"), /[:\0-\x1f\x7f]/, "colons or control characters"),
    password: checkCredential("password", options.password ?? env("PASSWORD"), /[\0-\x1f\x7f]/, "control characters"),
    apiKey: checkApiKey(options.apiKey ?? env("API_KEY")),
  };
}

/** The credential values that may show up in text: the keys, the token, the password and its basic encoding. */
function secretsOf(credentials: Credentials): string[] {
  const { token, username, password, apiKey } = credentials;
  const keys = typeof apiKey === "object" ? Object.values(apiKey) : [apiKey];
  const basic = username !== undefined && password !== undefined ? [password, base64(`${username}:${password}`)] : [];
  return [token, ...keys, ...basic].filter((secret): secret is string => secret !== undefined);
}

/** A baseUrl as it may appear in a message: anything that could be credentials (`user:pass@`) masked. */
function showBaseUrl(baseUrl: string): string {
  return JSON.stringify(baseUrl.replace(/\/\/[^/?#]*@/, "//[credentials]@"));
}

/** The profile's server URL with its variables filled in; undefined when it has none or a relative one. */
function serverUrl(profile: RuntimeProfile, given: Readonly<Record<string, unknown>> = {}): string | undefined {
  const defaults = profile.serverVariables ?? {};
  // Values are typed by the generated client's options; a name it does not know is a mistake worth stopping.
  for (const name in given) if (!Object.hasOwn(defaults, name)) fail(`serverVariables.${name}: the server URL has no such variable`);
  const { server } = profile;
  if (server === undefined || !/^https?:\/\//i.test(server)) return undefined;
  return server.replace(/\{([^}]*)\}/g, (_, name: string) => (given[name] as string | undefined) ?? defaults[name] ?? "");
}

function noBaseUrl(profile: RuntimeProfile): never {
  const { server, envPrefix } = profile;
  const why = server === undefined ? "the API description names no server" : `the API's server URL ${JSON.stringify(server)} is relative`;
  return fail(`no baseUrl: ${why}; pass the baseUrl option (the server's full URL)${envPrefix === undefined ? "" : ` or set ${envPrefix}API_URL`}`);
}

function resolveBaseUrl(baseUrl: string): string {
  let url: URL | undefined;
  try {
    url = new URL(baseUrl);
  } catch {
    fail(`baseUrl ${showBaseUrl(baseUrl)} is not a URL`);
  }
  if (!/^https?:$/.test(url.protocol)) fail(`baseUrl ${showBaseUrl(baseUrl)} must use http or https`);
  // Credentials in the URL would be sent to the server and printed in messages; the token authenticates.
  if (url.username !== "" || url.password !== "") fail(`baseUrl ${showBaseUrl(baseUrl)} must not contain credentials; pass them as options`);
  return baseUrl.replace(/\/+$/, "");
}

export function resolveOptions(options: ClientOptions = {}, profile: RuntimeProfile = BEARER_PROFILE): ResolvedOptions {
  const { userAgent, retry, rateLimit = {}, baseUrl } = options;
  const { envPrefix, schemes = {}, security = [] } = profile;
  const fromEnv = (suffix: string): string | undefined => (envPrefix === undefined ? undefined : env(envPrefix + suffix));
  const credentials = readCredentials(options, fromEnv);
  const auth = authFor(security, schemes, credentials) ?? fail(missingCredentials(security, schemes, envPrefix));
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== "function") fail("no fetch: pass the fetch option (this runtime has no global fetch)");
  if (userAgent !== undefined && /[\r\n\0]/.test(userAgent)) fail("userAgent must not contain line breaks");
  const retryOptions = retry === false ? { maxRetries: 0 } : (retry ?? {});
  return {
    credentials,
    auth,
    secrets: secretsOf(credentials),
    baseUrl: resolveBaseUrl(baseUrl ?? fromEnv("API_URL") ?? serverUrl(profile, options.serverVariables) ?? noBaseUrl(profile)),
    timeoutMs: checkNumber("timeoutMs", options.timeoutMs, 30_000, 1),
    maxResponseBytes: checkNumber("maxResponseBytes", options.maxResponseBytes, DEFAULT_MAX_RESPONSE_BYTES, 1),
    fetch: fetchImpl,
    userAgent: `northflank-openapi/${PACKAGE_VERSION}${userAgent ? ` ${userAgent}` : ""}`,
    retry: {
      maxRetries: checkNumber("retry.maxRetries", retryOptions.maxRetries, 3, 0),
      baseDelayMs: checkNumber("retry.baseDelayMs", retryOptions.baseDelayMs, 500, 0),
      maxDelayMs: checkNumber("retry.maxDelayMs", retryOptions.maxDelayMs, 20_000, 0),
      maxWaitMs: checkNumber("rateLimit.maxWaitMs", rateLimit.maxWaitMs, 60_000, 0),
    },
    pacingThreshold: rateLimit.pacing ? checkNumber("rateLimit.pacingThreshold", rateLimit.pacingThreshold, 0.1, 0) : null,
    hooks: options.hooks ?? {},
    clock: options.clock ?? systemClock,
  };
}
