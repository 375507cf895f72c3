/**
 * Turns what went wrong while reading and bundling into `SpecProblem`s: files that
 * could not be read, YAML syntax errors (at the broken file's line and column), and
 * `$ref`s that point at nothing (at the `$ref`).
 */
import path from "node:path";
import type { NormalizedProblem, Source } from "@redocly/openapi-core";
import { valueAt } from "../../openapi/jsonPointer.js";
import { refOf } from "../../openapi/refs.js";
import { isSpecObject } from "../../openapi/specData.js";
import { detectSpec, ResolveError, YamlParseError } from "../dependencies/redocly.js";
import { LOAD_RULES, type SpecProblem } from "./problem.js";
import { displayPath, toSourceLocation } from "./sourceLocation.js";
import type { ContentRefusal, TrackingResolver } from "./trackingResolver.js";
import { restorePrototypeKeyText } from "./prototypeKeys.js";

/** The problem for a file that is not valid YAML, at the place the parser stopped. */
export function yamlProblem(error: YamlParseError): SpecProblem {
  return {
    file: displayPath(error.source.absoluteRef),
    line: Number.isFinite(error.line) ? error.line : 1,
    col: Number.isFinite(error.col) ? error.col : 1,
    rule: LOAD_RULES.yamlSyntax,
    message: `invalid YAML: ${error.message.replace(/ in "[^"]*"/, "").replace(/\s*\(\d+:\d+\)$/, "")}`,
    pointer: null,
  };
}

/**
 * The problem for the root file itself failing to load (there is no `$ref` to blame), or
 * `null` when the failure is not the input's: only a file that cannot be read (missing,
 * a folder, no permission), is refused, is not YAML, or is no OpenAPI document is the
 * user's to fix. Anything else thrown while bundling is a bug (ours or a dependency's),
 * and the caller must let it through as one rather than dress it up as bad input.
 */
export function rootProblem(specPath: string, error: unknown, resolver: TrackingResolver): SpecProblem | null {
  if (error instanceof YamlParseError) return yamlProblem(error);
  const rootRef = path.resolve(specPath);
  const content = resolver.refusedContents.get(rootRef);
  if (content) return contentProblem(content);
  const read = resolver.refusedReads.get(rootRef);
  if (read) return { file: displayPath(rootRef), line: 1, col: 1, pointer: null, rule: read.rule, message: `the spec is refused: ${read.reason}` };
  const at = { file: displayPath(rootRef), line: 1, col: 1, pointer: null, rule: LOAD_RULES.unreadableFile };
  if (error instanceof ResolveError) return { ...at, message: `cannot read the spec: ${describeReadError(error)}` };
  const root = resolver.documents.get(rootRef);
  const notAnObject = rootShapeProblem(root);
  if (notAnObject !== null) return { ...at, message: notAnObject };
  const notOpenApi = root === undefined ? null : specVersionProblem(root.parsed);
  return notOpenApi === null ? null : { ...at, message: `cannot load the spec: ${notOpenApi}` };
}

/**
 * Why Redocly cannot tell which specification the root document follows (`openapi: 4.0.0`,
 * no `openapi` key), in its words; `null` when it can. Asked only after bundling threw, so
 * that a document Redocly accepts never has its failure blamed on its version.
 */
function specVersionProblem(parsed: unknown): string | null {
  try {
    detectSpec(parsed);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Why a root file that parsed is no OpenAPI document, in the user's terms (Redocly says
 * "Document must be JSON object, got object" for a list); `null` when it is an object.
 */
function rootShapeProblem(root: { readonly parsed: unknown } | undefined): string | null {
  if (root === undefined || isSpecObject(root.parsed)) return null;
  const parsed = root.parsed;
  const found = parsed === undefined || parsed === null ? "nothing (the file is empty)" : Array.isArray(parsed) ? "a list" : `a ${typeof parsed}`;
  return `the spec holds ${found}, not an OpenAPI document (a mapping with \`openapi\`, \`info\` and \`paths\`)`;
}

/**
 * Problems from Redocly's bundler. It reports every unresolvable `$ref` as
 * "Can't resolve $ref"; the resolver's records tell whether the target file was
 * unreadable, not YAML (reported once, at the syntax error), or the pointer was wrong.
 */
export function bundleProblems(problems: readonly NormalizedProblem[], resolver: TrackingResolver): SpecProblem[] {
  const found = [...resolver.yamlErrors.values()].map(yamlProblem);
  found.push(...[...resolver.refusedContents.values()].map(contentProblem));
  for (const problem of problems) {
    const location = problem.location[0];
    if (!location || problem.message.startsWith("Failed to parse")) continue;
    const converted = refProblem(problem, toSourceLocation(location), location.source, resolver);
    if (converted) found.push(converted);
  }
  return found;
}

function refProblem(
  problem: NormalizedProblem,
  at: ReturnType<typeof toSourceLocation>,
  source: Source,
  resolver: TrackingResolver,
): SpecProblem | null {
  const ref = refAt(source, at.pointer, resolver);
  if (ref === null) return { ...at, rule: problem.ruleId, message: restorePrototypeKeyText(problem.message) };
  const target = refFile(source, ref, resolver);
  if (resolver.yamlErrors.has(target) || resolver.refusedContents.has(target)) return null;
  const refusal = resolver.refusedReads.get(target);
  if (refusal) return { ...at, rule: refusal.rule, message: `${JSON.stringify(ref)} is not read: ${refusal.reason}` };
  const readError = resolver.unreadable.get(target);
  if (readError) {
    const message = `cannot read ${JSON.stringify(ref)} (${displayPath(target)}): ${describeReadError(readError)}`;
    return { ...at, rule: LOAD_RULES.unreadableFile, message };
  }
  return { ...at, rule: LOAD_RULES.unresolvedRef, message: `${JSON.stringify(ref)} does not resolve: nothing at that pointer` };
}

/** The problem for a file refused for what it holds, at the place in it that broke the limit. */
function contentProblem(refusal: ContentRefusal): SpecProblem {
  return { ...refusal.at, rule: LOAD_RULES.inputLimit, message: `the file is refused: ${refusal.message}` };
}

/** The `$ref` string written at `pointer` in `source`, if there is one. */
function refAt(source: Source, pointer: string | null, resolver: TrackingResolver): string | null {
  const document = resolver.documents.get(source.absoluteRef);
  if (!document || pointer === null) return null;
  return refOf(valueAt(document.parsed, pointer));
}

function refFile(source: Source, ref: string, resolver: TrackingResolver): string {
  const file = ref.split("#")[0] ?? "";
  return file === "" ? source.absoluteRef : resolver.resolveExternalRef(source.absoluteRef, file);
}

function describeReadError(error: unknown): string {
  const original = error instanceof ResolveError ? error.originalError : error;
  const code = (original as { code?: unknown } | null)?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES") return "permission denied";
  if (code === "EISDIR") return "is a folder, not a file";
  return original instanceof Error ? original.message : String(original);
}
