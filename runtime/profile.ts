/**
 * What the generated client tells the runtime about its API as a whole (docs/runtime-contract.md):
 * the server URL, the security schemes and the default security requirement, and where in
 * the environment to look for credentials. Plain data taken from the spec, so the runtime
 * itself names no API.
 */

/**
 * How one security scheme sends its credential (OpenAPI 3.1 §4.8.27): `"bearer"` (also OAuth 2
 * and OpenID Connect access tokens), `"basic"`, or an API key `[in, name]`.
 */
export type AuthScheme = "bearer" | "basic" | readonly ["header" | "query" | "cookie", string];

/**
 * A security requirement (§4.8.30) as alternatives, each the scheme names sent together:
 * `[["bearerAuth"]]`, or `[["appId", "appKey"], ["token"]]`. `[]` asks for no credentials,
 * and so does an empty alternative (`[[]]`: credentials optional).
 */
export type Security = readonly (readonly string[])[];

export interface RuntimeProfile {
  /**
   * The first `servers` URL, `{variables}` left in: `serverVariables` and the client option of
   * that name fill them. Absent or relative (`/api/v3`): the caller must give `baseUrl`.
   */
  readonly server?: string;
  /** Each server variable's default. */
  readonly serverVariables?: Readonly<Record<string, string>>;
  /** The document's security schemes, by name. */
  readonly schemes?: Readonly<Record<string, AuthScheme>>;
  /** The document's `security`; an operation's own one is in its OperationSpec. @default [] */
  readonly security?: Security;
  /**
   * Prefix of the environment variables read for options left out: `<prefix>API_TOKEN`,
   * `<prefix>API_KEY`, `<prefix>USERNAME`, `<prefix>PASSWORD`, `<prefix>API_URL`.
   * Absent: the environment is not read.
   */
  readonly envPrefix?: string;
}

/** What `createRuntime` assumes without a profile: a bearer token on every call, no default URL. */
export const BEARER_PROFILE: RuntimeProfile = { schemes: { bearer: "bearer" }, security: [["bearer"]] };
