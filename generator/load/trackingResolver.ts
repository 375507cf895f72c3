/**
 * A Redocly `BaseResolver` that remembers what it read: every parsed document, where
 * each object in it came from (before bundling moves it), and each file that could
 * not be read or parsed. The loader needs all three to report problems and to map
 * pointers in the bundled document back to the original files.
 *
 * It is also the spec's gatekeeper: a file outside the allowed folders, a URL or an
 * oversized file is refused before it is opened, and a parsed file whose aliases or
 * `$ref` chains exceed the limits is refused before Redocly walks it. And it turns
 * discriminator mappings that name schemas into references before Redocly follows them
 * (see discriminatorMapping.ts), and hides keys such as `constructor` that Redocly's walk
 * cannot take (see prototypeKeys.ts).
 */
import fs from "node:fs";
import path from "node:path";
import type { Document, Source } from "@redocly/openapi-core";
import { BaseResolver, ResolveError, YamlParseError } from "../dependencies/redocly.js";
import { expandedNodeCount, overlongRefChain, type LoadLimits } from "./inputLimits.js";
import { LOAD_RULES } from "./problem.js";
import { childPointer } from "../../openapi/jsonPointer.js";
import { refOf } from "../../openapi/refs.js";
import { displayPath, pointerLocation, type SourceLocation } from "./sourceLocation.js";
import { isUrlRef, reachRefusal, type SpecReach } from "./specReach.js";
import { mappingNamesAsRefs } from "./discriminatorMapping.js";
import { hidePrototypeKeys } from "./prototypeKeys.js";
import { isSpecObject } from "../../openapi/specData.js";

/** Where an object or array of a parsed file sits in that file. */
export interface NodeOrigin {
  readonly source: Source;
  /** `#/...` inside the file. */
  readonly pointer: string;
  /** When the object was a Reference Object: its `$ref` and its other keys, as written. */
  readonly ref: { readonly target: string; readonly ownKeys: ReadonlySet<string> } | null;
}

/** Why a file was not read: it may not be, or it is too large. Reported at the `$ref` that named it. */
export interface ReadRefusal {
  readonly rule: typeof LOAD_RULES.refOutsideSpec | typeof LOAD_RULES.inputLimit;
  readonly reason: string;
}

/** A file that was read but refused for what it holds, and where in it. */
export interface ContentRefusal {
  readonly at: SourceLocation;
  readonly message: string;
}

export interface TrackingResolverOptions {
  /** The root spec file (absolute): always readable, whatever the folders allowed. */
  readonly rootRef: string;
  readonly reach: SpecReach;
  readonly limits: LoadLimits;
}

export class TrackingResolver extends BaseResolver {
  /** Parsed documents by absolute path. */
  readonly documents = new Map<string, Document>();
  /** Files that could not be read (missing, a folder, no permission), by absolute path. */
  readonly unreadable = new Map<string, Error>();
  /** Files that are not valid YAML, by absolute path. */
  readonly yamlErrors = new Map<string, YamlParseError>();
  /** Every object and array of every parsed file, to where it was written. First place wins. */
  readonly origins = new WeakMap<object, NodeOrigin>();
  /** Files not opened, by absolute path (or URL). */
  readonly refusedReads = new Map<string, ReadRefusal>();
  /** Files read and parsed but refused for their content, by absolute path. */
  readonly refusedContents = new Map<string, ContentRefusal>();

  constructor(private readonly options: TrackingResolverOptions) {
    super();
  }

  /** A URL of any scheme stays a URL (Redocly would take `file:` or `data:` as a relative path), to be refused. */
  override resolveExternalRef(base: string | null, ref: string): string {
    return isUrlRef(ref) ? ref : super.resolveExternalRef(base, ref);
  }

  override async loadExternalRef(absoluteRef: string): Promise<Source> {
    const refusal = this.readRefusal(absoluteRef);
    if (refusal) {
      this.refusedReads.set(absoluteRef, refusal);
      throw new ResolveError(new Error(refusal.reason));
    }
    try {
      return await super.loadExternalRef(absoluteRef);
    } catch (error) {
      this.unreadable.set(absoluteRef, error as Error);
      throw error;
    }
  }

  override parseDocument(source: Source, isRoot?: boolean): Document {
    let document: Document;
    try {
      document = super.parseDocument(source, isRoot);
    } catch (error) {
      if (error instanceof YamlParseError) this.yamlErrors.set(source.absoluteRef, error);
      throw error;
    }
    const refusal = this.contentRefusal(source, document.parsed);
    if (refusal) {
      this.refusedContents.set(source.absoluteRef, refusal);
      throw new ResolveError(new Error(refusal.message));
    }
    this.documents.set(source.absoluteRef, document);
    mappingNamesAsRefs(document.parsed, { schemaNames: this.rootSchemaNames(), rootRef: this.refToRoot(source.absoluteRef) });
    this.recordOrigins(document.parsed, source, "#/");
    // After the origins, which keep the keys as written; the loader gives them back after bundling.
    hidePrototypeKeys(document.parsed);
    return document;
  }

  /** The root document's schema names (the root is parsed first; empty until it is). */
  private rootSchemaNames(): Set<string> {
    const root = this.documents.get(this.options.rootRef)?.parsed;
    const components = isSpecObject(root) ? root.components : undefined;
    return new Set(isSpecObject(components) && isSpecObject(components.schemas) ? Object.keys(components.schemas) : []);
  }

  /** How a file refers to the root document: `""` in the root itself, else its relative path (POSIX). */
  private refToRoot(absoluteRef: string): string {
    if (absoluteRef === this.options.rootRef) return "";
    return path.relative(path.dirname(absoluteRef), this.options.rootRef).split(path.sep).join("/");
  }

  private readRefusal(absoluteRef: string): ReadRefusal | null {
    if (absoluteRef !== this.options.rootRef) {
      const reason = reachRefusal(this.options.reach, absoluteRef);
      if (reason !== null) return { rule: LOAD_RULES.refOutsideSpec, reason };
    }
    const bytes = fileSize(absoluteRef);
    const { maxFileBytes } = this.options.limits;
    if (bytes > maxFileBytes) {
      return { rule: LOAD_RULES.inputLimit, reason: `the file is ${bytes} bytes, over the limit of ${maxFileBytes}` };
    }
    return null;
  }

  private contentRefusal(source: Source, parsed: unknown): ContentRefusal | null {
    const { maxExpandedNodes, maxRefChain } = this.options.limits;
    if (expandedNodeCount(parsed, maxExpandedNodes) > maxExpandedNodes) {
      const message = `its YAML aliases expand to more than ${maxExpandedNodes} nodes (an alias bomb?)`;
      return { at: { ...firstAliasPlace(source), pointer: null }, message };
    }
    const chainStart = overlongRefChain(parsed, maxRefChain);
    if (chainStart !== null) {
      const message = `a chain of more than ${maxRefChain} $refs, each pointing at the next, starts here`;
      return { at: pointerLocation(source, chainStart, false), message };
    }
    return null;
  }

  private recordOrigins(node: unknown, source: Source, pointer: string): void {
    if (node === null || typeof node !== "object" || this.origins.has(node)) return;
    this.origins.set(node, { source, pointer, ref: referenceOf(node) });
    for (const [key, child] of Object.entries(node)) {
      this.recordOrigins(child, source, childPointer(pointer, key));
    }
  }
}

function referenceOf(node: object): NodeOrigin["ref"] {
  const target = refOf(node);
  if (target === null) return null;
  return { target, ownKeys: new Set(Object.keys(node)) };
}

/** Size in bytes of a local file; 0 when it cannot be stat'ed (reading it then reports why). */
function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/** The file and line of the first YAML alias (`*name`) in `source`, else its first line. */
function firstAliasPlace(source: Source): { readonly file: string; readonly line: number; readonly col: number } {
  const match = /(^|[\s[{,:-])\*[^\s,\]}]/m.exec(source.body);
  const offset = match ? match.index + match[1]!.length : 0;
  const before = source.body.slice(0, offset);
  const line = before.split("\n").length;
  return { file: displayPath(source.absoluteRef), line, col: offset - before.lastIndexOf("\n") };
}
