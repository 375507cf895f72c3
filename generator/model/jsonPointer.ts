/** JSON pointers (RFC 6901) from vendor extensions, as lists of property keys. */
import { parsePointer } from "../../openapi/jsonPointer.js";

/** `/data/runs` -> `["data", "runs"]`; `null` when the text is not a pointer. */
export function pointerKeys(pointer: string): string[] | null {
  if (pointer !== "" && !pointer.startsWith("/")) return null;
  return parsePointer(pointer);
}
