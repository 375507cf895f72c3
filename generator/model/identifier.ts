/**
 * Turning arbitrary spec text (operationIds, tag names, waiter names) into TypeScript
 * identifiers. Letters outside ASCII are kept (they are valid identifiers, and
 * transliterating would invent names the spec author never wrote); every character
 * that cannot appear in an identifier separates words. Case inside a word is kept,
 * so `getHTTPStatus` stays `getHTTPStatus`.
 */

const NOT_IDENTIFIER_PART = /[^\p{ID_Continue}]|_/u;
const IDENTIFIER = /^[\p{ID_Start}_$][\p{ID_Continue}$\u200c\u200d]*$/u;

/** The words of `text`: runs of identifier characters, split at anything else (and at `_`). */
export function splitWords(text: string): string[] {
  return text
    .normalize("NFC")
    .split(new RegExp(NOT_IDENTIFIER_PART.source, "gu"))
    .filter((word) => word.length > 0);
}

/** `get-project.v2` -> `getProjectV2`; `""` when the text has no identifier characters. */
export function toCamelIdentifier(text: string): string {
  const words = splitWords(text);
  const joined = words.map((word, index) => (index === 0 ? lowerFirst(word) : upperFirst(word))).join("");
  return guardLeadingDigit(joined);
}

/** `get-project.v2` -> `GetProjectV2`; `""` when the text has no identifier characters. */
export function toPascalIdentifier(text: string): string {
  return guardLeadingDigit(splitWords(text).map(upperFirst).join(""));
}

/** `Build Services` -> `build-services`: a portable file stem (ASCII only, lower case). */
export function toFileStem(text: string): string {
  const ascii = text.normalize("NFKD").replace(/[^\x20-\x7e]/g, "");
  return ascii
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((part) => part.length > 0)
    .join("-");
}

export function isIdentifier(text: string): boolean {
  return IDENTIFIER.test(text);
}

/** An identifier cannot start with a digit: `1st` -> `_1st`. */
function guardLeadingDigit(name: string): string {
  return /^\p{Nd}/u.test(name) ? `_${name}` : name;
}

function upperFirst(word: string): string {
  const first = String.fromCodePoint(word.codePointAt(0) ?? 0);
  return first.toUpperCase() + word.slice(first.length);
}

function lowerFirst(word: string): string {
  const first = String.fromCodePoint(word.codePointAt(0) ?? 0);
  return first.toLowerCase() + word.slice(first.length);
}
