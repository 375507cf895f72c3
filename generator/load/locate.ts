/**
 * Maps a JSON pointer into the bundled document back to the line and column where
 * that value was written. Bundling keeps the parsed objects of every file (it moves
 * them under `components` or copies their keys into a `$ref`'s place) rather than
 * cloning them, so the object at each step of the pointer still identifies the file
 * and the place it came from; scalars are located through their parent object.
 */
import type { Source } from "@redocly/openapi-core";
import type { NodeOrigin, TrackingResolver } from "./trackingResolver.js";
import { childPointer, parsePointer } from "../../openapi/jsonPointer.js";
import { pointerLocation, type SourceLocation } from "./sourceLocation.js";

/** `locate(pointer)` for one bundled document; `null` when the pointer names nothing in it. */
export function createLocator(
  document: unknown,
  resolver: TrackingResolver,
): (pointer: string) => SourceLocation | null {
  return (pointer) => {
    const segments = safeParsePointer(pointer);
    const rootOrigin = isObject(document) ? resolver.origins.get(document) : undefined;
    if (segments === null || rootOrigin === undefined) return null;
    let node: unknown = document;
    let place: Place = rootOrigin;
    for (const segment of segments) {
      if (!isObject(node) || !Object.hasOwn(node, segment)) return null;
      const child: unknown = (node as Record<string, unknown>)[segment];
      const known = isObject(child) ? resolver.origins.get(child) : undefined;
      place = known ?? childPlace(place, segment, resolver);
      node = child;
    }
    return pointerLocation(place.source, place.pointer, /* reportOnKey */ isObject(node));
  };
}

/** A file and a pointer in it; `ref` is set when the pointer names a Reference Object. */
type Place = Pick<NodeOrigin, "source" | "pointer"> & { readonly ref?: NodeOrigin["ref"] };

/**
 * The place of a child the bundler did not move as an object (a scalar, or a fresh
 * container). Under an inlined `$ref` its keys come from the referenced place, unless
 * the key was written beside the `$ref` itself.
 */
function childPlace(parent: Place, segment: string, resolver: TrackingResolver): Place {
  const ref = parent.ref;
  if (ref && !ref.ownKeys.has(segment)) {
    const target = refTarget(parent.source, ref.target, resolver);
    if (target) return { source: target.source, pointer: childPointer(target.pointer, segment) };
  }
  return { source: parent.source, pointer: childPointer(parent.pointer, segment) };
}

/** The file and pointer a `$ref` string names, if that file was read. */
function refTarget(from: Source, ref: string, resolver: TrackingResolver): Place | null {
  const hashAt = ref.indexOf("#");
  const file = hashAt === -1 ? ref : ref.slice(0, hashAt);
  const fragment = hashAt === -1 ? "" : ref.slice(hashAt + 1);
  const absolute = file === "" ? from.absoluteRef : resolver.resolveExternalRef(from.absoluteRef, file);
  const document = resolver.documents.get(absolute);
  if (!document) return null;
  return { source: document.source, pointer: `#${fragment === "" ? "/" : fragment}` };
}

function safeParsePointer(pointer: string): string[] | null {
  try {
    return parsePointer(pointer);
  } catch {
    return null;
  }
}

function isObject(value: unknown): value is object {
  return value !== null && typeof value === "object";
}
