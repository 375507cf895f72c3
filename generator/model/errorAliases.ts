/**
 * Other names for the runtime's error classes, exported by the generated index next to the
 * neutral ones: `info.x-error-alias-prefix: Northflank` adds `NorthflankApiError` for
 * `ApiError`, and so on, so a client whose users know the errors by such names keeps them
 * (the same classes, so `instanceof` holds either way). Without it, only the neutral names.
 */
import { isIdentifier } from "./identifier.js";

export interface ErrorAliasModel {
  /** The runtime's export. */
  readonly name: string;
  readonly alias: string;
}

/** Each runtime error class and the rest of its alias after the prefix. */
const ALIAS_SUFFIXES: readonly (readonly [string, string])[] = [
  ["ApiClientError", "Error"],
  ["ApiError", "ApiError"],
  ["ArgumentError", "ArgumentError"],
  ["ConfigError", "ConfigError"],
  ["NetworkError", "NetworkError"],
  ["RedirectError", "RedirectError"],
  ["RequestTimeoutError", "TimeoutError"],
  ["ResponseTooLargeError", "ResponseTooLargeError"],
  ["WaiterError", "WaiterError"],
];

export interface ErrorAliasResult {
  readonly aliases: readonly ErrorAliasModel[];
  /** Set when the extension is present but not a prefix that makes identifiers. */
  readonly error: string | null;
}

export function errorAliases(prefix: unknown): ErrorAliasResult {
  if (prefix === undefined) return { aliases: [], error: null };
  if (typeof prefix !== "string" || !/^[A-Z]/.test(prefix) || !isIdentifier(prefix)) {
    return { aliases: [], error: `info.x-error-alias-prefix must be an identifier starting with a capital letter (such as "Acme"), got ${JSON.stringify(prefix)}` };
  }
  return { aliases: ALIAS_SUFFIXES.map(([name, suffix]) => ({ name, alias: `${prefix}${suffix}` })), error: null };
}
