/**
 * The prefix of the environment variables a client reads (`<prefix>API_TOKEN`, ...):
 * `info.x-env-prefix`, else the project's `envPrefix` setting, else none (the client then
 * reads no environment variables).
 */

/** What an environment variable name may start with: letters, digits and `_`, not a digit first. */
export const ENV_PREFIX_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

export interface EnvPrefixResult {
  readonly value: string | null;
  /** Set when `info.x-env-prefix` is present but not a valid prefix. */
  readonly error: string | null;
}

export function readEnvPrefix(specValue: unknown, configValue: string | undefined): EnvPrefixResult {
  if (specValue === undefined) return { value: configValue ?? null, error: null };
  if (typeof specValue === "string" && ENV_PREFIX_PATTERN.test(specValue)) return { value: specValue, error: null };
  return { value: null, error: `info.x-env-prefix must be a string of letters, digits and "_" that does not start with a digit (such as "PETSTORE_"), got ${JSON.stringify(specValue)}` };
}
