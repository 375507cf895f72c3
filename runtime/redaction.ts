/**
 * Keeps the credentials (token, API keys, password) out of everything a caller might log. A server can echo a credential
 * back (in an error message, an error id, details), and fetch errors can carry it in their
 * causes, so every error the runtime hands out is scrubbed: its message, stack, fields and
 * causes. An error is inspected (util.inspect) and encoded (JSON.stringify, through toJSON)
 * from exactly those, so both show only the redacted form.
 *
 * A credential long enough to be a real one (API tokens are long random strings) is
 * replaced wherever it occurs, glued to other text or not. A short one, such as "test"
 * against a mock, cannot be told apart from ordinary words: only its whole occurrences
 * (no letter, digit, `_` or `-` right before or after) are replaced, so text that merely
 * contains it ("latest-tests") stays readable.
 */

export const REDACTED = "[redacted]";

/** From this length on a token is replaced everywhere; shorter ones only as whole words. */
const CREDENTIAL_LENGTH = 16;

/** Letters that can continue a word or identifier around an occurrence. */
const WORD_CHARACTER = "A-Za-z0-9_\\-";

/** How deep a chain of causes is scrubbed; deeper ones are dropped rather than risked. */
const MAX_CAUSE_DEPTH = 4;

export interface Redactor {
  text(text: string): string;
  value<T>(value: T): T;
  error<E>(error: E): E;
}

/** Replaces every occurrence of `secret` that counts (see above) with REDACTED. */
function secretPattern(secret: string): RegExp {
  return secret.length >= CREDENTIAL_LENGTH
    ? new RegExp(escapeRegExp(secret), "g")
    : new RegExp(`(?<![${WORD_CHARACTER}])${escapeRegExp(secret)}(?![${WORD_CHARACTER}])`, "g");
}

export function createRedactor(secrets: readonly string[]): Redactor {
  const patterns = secrets.filter((secret) => secret !== "").map((secret) => [secret, secretPattern(secret)] as const);
  const holdsSecret = (input: string): boolean => patterns.some(([secret]) => input.includes(secret));
  const text = (input: string): string => patterns.reduce((out, [secret, pattern]) => (out.includes(secret) ? out.replace(pattern, REDACTED) : out), input);
  const value = <T>(input: T): T => {
    if (typeof input === "string") return text(input) as T;
    if (input === null || typeof input !== "object") return input;
    const json = JSON.stringify(input);
    return json !== undefined && holdsSecret(json) ? (JSON.parse(text(json)) as T) : input;
  };
  const error = <E>(input: E, depth = 0): E => {
    if (!(input instanceof Error)) return value(input);
    const target = input as Error & Record<string, unknown>;
    replaceIfChanged(target, "message", text(target.message));
    if (typeof target.stack === "string") replaceIfChanged(target, "stack", text(target.stack));
    for (const key of Object.keys(target)) replaceIfChanged(target, key, value(target[key]));
    if (target.cause !== undefined) {
      replaceIfChanged(target, "cause", depth < MAX_CAUSE_DEPTH ? error(target.cause, depth + 1) : undefined);
    }
    return input;
  };
  return { text, value, error: (input) => error(input) };
}

/**
 * Sets `key` only when its value changes: most errors hold no credential and are left as they
 * are (some, like DOMException, have read-only messages). A read-only property that does
 * change is shadowed by an own one, keeping its enumerability.
 */
function replaceIfChanged(target: Record<string, unknown>, key: string, next: unknown): void {
  if (target[key] === next) return;
  const enumerable = Object.prototype.propertyIsEnumerable.call(target, key);
  Object.defineProperty(target, key, { value: next, writable: true, configurable: true, enumerable });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
