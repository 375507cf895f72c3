/**
 * A Redocly `BaseResolver` that remembers what it read: every parsed document, where
 * each object in it came from (before bundling moves it), and each file that could
 * not be read or parsed. The loader needs all three to report problems and to map
 * pointers in the bundled document back to the original files.
 */
import type { Document, Source } from "@redocly/openapi-core";
import { BaseResolver, YamlParseError } from "../dependencies/redocly.js";
import { childPointer } from "./sourceLocation.js";

/** Where an object or array of a parsed file sits in that file. */
export interface NodeOrigin {
  readonly source: Source;
  /** `#/...` inside the file. */
  readonly pointer: string;
  /** When the object was a Reference Object: its `$ref` and its other keys, as written. */
  readonly ref: { readonly target: string; readonly ownKeys: ReadonlySet<string> } | null;
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

  override async loadExternalRef(absoluteRef: string): Promise<Source> {
    try {
      return await super.loadExternalRef(absoluteRef);
    } catch (error) {
      this.unreadable.set(absoluteRef, error as Error);
      throw error;
    }
  }

  override parseDocument(source: Source, isRoot?: boolean): Document {
    try {
      const document = super.parseDocument(source, isRoot);
      this.documents.set(source.absoluteRef, document);
      this.recordOrigins(document.parsed, source, "#/");
      return document;
    } catch (error) {
      if (error instanceof YamlParseError) this.yamlErrors.set(source.absoluteRef, error);
      throw error;
    }
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
  const target = (node as { $ref?: unknown }).$ref;
  if (typeof target !== "string") return null;
  return { target, ownKeys: new Set(Object.keys(node)) };
}
