/**
 * The request path: which template (plain, or scoped per x-scoped-paths), and its values,
 * each encoded to stay inside its own segment. Query strings are left to openapi-fetch's
 * serializer (form + explode for arrays, deepObject for objects, values percent-encoded),
 * or to query.ts for parameters whose descriptor asks for another style.
 */
import { ArgumentError } from "./errors.js";
import type { OperationSpec } from "./operation.js";

type PathValues = Readonly<Record<string, unknown>> | undefined;

function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/** The first scope whose parameters the caller supplied all of; otherwise the plain path. */
export function selectPathTemplate(op: OperationSpec, values: PathValues): string {
  if (values !== undefined) {
    for (const scope in op.scopedPaths) {
      const scoped = op.scopedPaths[scope]!;
      if (scoped.parameters.every((name) => isPresent(values[name]))) return scoped.path;
    }
  }
  return op.path;
}

/** One path value, percent-encoded; values that would change the path's shape are refused. */
function encodeSegment(caller: string, name: string, value: unknown): string {
  const where = `${caller}: path parameter "${name}"`;
  if (!isPresent(value)) throw new ArgumentError(`${where} is missing`);
  const text = String(value);
  // URL parsers resolve "." and ".." (even percent-encoded) as dot segments, and "" would
  // collapse into the parent path, so no encoding can keep these in their segment.
  if (text === "" || text === "." || text === "..") {
    throw new ArgumentError(`${where} is ${JSON.stringify(text)}, which would change the request path`);
  }
  try {
    return encodeURIComponent(text);
  } catch {
    throw new ArgumentError(`${where} has a lone surrogate (not well-formed Unicode)`);
  }
}

/**
 * The template with every `{name}` replaced by its encoded value; errors name `caller` (the
 * operationId, or a streaming method). A scan, not a regex, to avoid a closure per call.
 */
export function fillTemplate(caller: string, template: string, values: PathValues): string {
  let path = "";
  let from = 0;
  for (let open = template.indexOf("{"); open !== -1; open = template.indexOf("{", from)) {
    const close = template.indexOf("}", open);
    const name = template.slice(open + 1, close);
    path += template.slice(from, open) + encodeSegment(caller, name, values?.[name]);
    from = close + 1;
  }
  return from === 0 ? template : path + template.slice(from);
}
