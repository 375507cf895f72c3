/** Small operations on parsed JSON that the generic layer needs: merging and writing at a pointer. */
import { parsePointer } from "../../openapi/jsonPointer.js";

export type Json = Record<string, unknown>;

export function isJsonObject(value: unknown): value is Json {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** `patch` laid over `base`: objects merge key by key, anything else (arrays included) replaces. */
export function mergeDeep(base: unknown, patch: unknown): unknown {
  if (!isJsonObject(base) || !isJsonObject(patch)) return patch === undefined ? base : patch;
  const out: Json = { ...base };
  for (const [key, value] of Object.entries(patch)) out[key] = mergeDeep(out[key], value);
  return out;
}

/** `value` placed at `pointer` inside `target`, making the objects on the way. */
export function setAt(target: Json, pointer: string, value: unknown): void {
  const segments = parsePointer(pointer);
  const last = segments.pop();
  if (last === undefined) return;
  let node = target;
  for (const segment of segments) {
    const next = node[segment];
    node = isJsonObject(next) ? next : (node[segment] = {});
  }
  node[last] = value;
}
