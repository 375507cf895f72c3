/**
 * Stage 1 of the pipeline: read the multi-file spec and bundle it into one OpenAPI
 * document. External `$ref`s become `#/components/...` entries (internal refs stay
 * refs), so later stages see a single object. Never throws on bad input: unreadable
 * files, YAML syntax errors and dangling `$ref`s come back as `problems`; and never
 * reports its own failure as one: anything else thrown while bundling is thrown on.
 */
import path from "node:path";
import type { Config } from "@redocly/openapi-core";
import { bundle, createConfig } from "../dependencies/redocly.js";
import { createLocator } from "./locate.js";
import { bundleProblems, rootProblem } from "./loadProblems.js";
import { sortUniqueProblems, type SpecProblem } from "./problem.js";
import type { SourceLocation } from "./sourceLocation.js";
import { TrackingResolver } from "./trackingResolver.js";
import { vendorTypesPlugin } from "./vendorTypes.js";
import { DEFAULT_LOAD_LIMITS, type LoadLimits } from "./inputLimits.js";
import { specReach } from "./specReach.js";
import { restorePrototypeKeys } from "./prototypeKeys.js";

export interface LoadSpecOptions {
  /** The root OpenAPI file. @default "spec/openapi.yaml" (the CLI's default) */
  readonly specPath: string;
  /**
   * Folders besides the root file's own that `$ref`s may read from. Nothing else is
   * read: no file outside them, and no URL (the loader never uses the network).
   */
  readonly allowedRoots?: readonly string[];
  /** Bounds on each file's size, alias expansion and `$ref` chains. @default DEFAULT_LOAD_LIMITS */
  readonly limits?: Partial<LoadLimits>;
}

/** The bundled OpenAPI document: plain JSON-compatible data. */
export type BundledDocument = Record<string, unknown>;

export interface LoadedSpec {
  /** The bundled document; `{}` when the root file could not be read. Incomplete when `problems` is not empty. */
  readonly document: BundledDocument;
  /** The root file as given. */
  readonly specPath: string;
  /** Unreadable files, YAML syntax errors, unresolvable `$ref`s; sorted by file and line. */
  readonly problems: readonly SpecProblem[];
  /** Where the value at a JSON pointer (`/paths/~1v1~1projects/get`) of `document` was written; `null` if nothing is there. */
  locate(pointer: string): SourceLocation | null;
  /**
   * The text of every file (or URL) the bundle was built from, by absolute path, as the
   * resolver read it (CRLF line ends already turned into LF): a caller keeping the bundle
   * can tell exactly when it is out of date. Empty when the root file could not be read.
   */
  readonly sources: ReadonlyMap<string, string>;
}

export async function loadSpec(options: LoadSpecOptions): Promise<LoadedSpec> {
  const { specPath } = options;
  const rootRef = path.resolve(specPath);
  const resolver = specResolver(options);
  try {
    const result = await bundle({ ref: rootRef, config: await bundleConfig(), externalRefResolver: resolver });
    for (const read of resolver.documents.values()) restorePrototypeKeys(read.parsed);
    restorePrototypeKeys(result.bundle.parsed);
    const document = result.bundle.parsed as BundledDocument;
    const problems = sortUniqueProblems(bundleProblems(result.problems, resolver));
    return { document, specPath, problems, locate: createLocator(document, resolver), sources: sourceTexts(resolver) };
  } catch (error) {
    const problem = rootProblem(specPath, error, resolver);
    // Not the input's fault: a crash of the bundler's own, which must reach the user as one.
    if (problem === null) throw error;
    return { document: {}, specPath, problems: [problem], locate: () => null, sources: new Map() };
  }
}

/** A resolver that reads the spec's files within its reach and limits (the loader's, and lint's second read). */
export function specResolver(options: LoadSpecOptions): TrackingResolver {
  return new TrackingResolver({
    rootRef: path.resolve(options.specPath),
    reach: specReach(options.specPath, options.allowedRoots),
    limits: { ...DEFAULT_LOAD_LIMITS, ...options.limits },
  });
}

function sourceTexts(resolver: TrackingResolver): Map<string, string> {
  return new Map([...resolver.documents].map(([absoluteRef, document]) => [absoluteRef, document.source.body]));
}

/**
 * A Redocly config built in code: no redocly.yaml lookup, no network, only our type
 * extension, and only the given lint rules (none for bundling).
 */
export async function bundleConfig(rules: Readonly<Record<string, "error">> = {}): Promise<Config> {
  return createConfig({ extends: [], plugins: [vendorTypesPlugin], rules });
}
