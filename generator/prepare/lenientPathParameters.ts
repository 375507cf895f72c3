/**
 * `--lenient`: path parameters the spec gets wrong, mended instead of refused. OpenAPI
 * 3.1 §4.8.12.1: every `{name}` in a path template must be a declared path parameter,
 * and a path parameter must appear in the template; real descriptions slip (OpenAI's
 * published one has two). Without the option the model refuses both (see
 * model/specChecks.ts). With it, a template parameter nothing declares is added to the
 * operation as a required `string` path parameter (all a URL segment can be without a
 * schema), and a declared path parameter the template does not contain is dropped (a
 * value for it would have nowhere to go). Each mend is one warning at its place.
 *
 * It runs before the model, on a copy, so the model and the types openapi-typescript
 * writes both see the mended document. Objects it does not change are shared.
 */
import { childPointer } from "../../openapi/jsonPointer.js";
import { listOperations, type OperationEntry } from "../../openapi/operations.js";
import { resolveRefs } from "../../openapi/refs.js";
import { arrayOrEmpty, isSpecObject, objectOrEmpty, type SpecObject } from "../../openapi/specData.js";
import { pathTemplateParameters } from "../model/parameter.js";
import { MODEL_RULES, modelProblem, type Locate } from "../model/modelProblem.js";
import type { SpecProblem } from "../load/problem.js";

/** One mend, at the place it was made: the operation (an added parameter) or the dropped parameter. */
export interface PathParameterMend {
  readonly pointer: string;
  readonly kind: "added" | "dropped";
  readonly name: string;
  /** Who declares or uses it: `GET /a/{b}`, or `the path item /a` for a path-level parameter. */
  readonly operation: string;
}

export interface LenientResult {
  readonly document: SpecObject;
  /** In spec order: by path, then path-level drops, then each operation's drops and additions. */
  readonly mends: readonly PathParameterMend[];
}

export function mendPathParameters(document: SpecObject): LenientResult {
  const mends: PathParameterMend[] = [];
  const paths: Record<string, unknown> = { ...objectOrEmpty(document.paths) };
  for (const [path, entries] of operationsByPath(document)) {
    const mended = mendPathItem(document, path, entries, mends);
    // A path item that was a `$ref` is written out in place: the copy is this path's alone.
    if (mended !== null) paths[path] = mended;
  }
  return mends.length === 0 ? { document, mends } : { document: { ...document, paths }, mends };
}

/** The operations of each path, in spec order (`Map.groupBy` needs Node 21). */
function operationsByPath(document: SpecObject): Map<string, OperationEntry[]> {
  const byPath = new Map<string, OperationEntry[]>();
  for (const entry of listOperations(document)) byPath.set(entry.path, [...(byPath.get(entry.path) ?? []), entry]);
  return byPath;
}

/** The path item with its path parameters mended, or `null` when nothing needed it. */
function mendPathItem(document: SpecObject, path: string, entries: readonly OperationEntry[], mends: PathParameterMend[]): SpecObject | null {
  const first = entries[0];
  if (!first) return null;
  const template = new Set(pathTemplateParameters(path));
  const described = (entry: OperationEntry) => `${entry.method.toUpperCase()} ${entry.path}`;
  const itemParameters = withoutUnused(document, first.pathItem.parameters, template, childPointer(first.pathItemPointer, "parameters"), (pointer, name) =>
    // A path-level parameter is one place however many operations share it.
    mends.push({ pointer, kind: "dropped", name, operation: `the path item ${path}` }),
  );
  const item: Record<string, unknown> = { ...first.pathItem, ...(itemParameters.changed && { parameters: itemParameters.kept }) };
  let changed = itemParameters.changed;
  for (const entry of entries) {
    const own = withoutUnused(document, entry.operation.parameters, template, childPointer(entry.pointer, "parameters"), (pointer, name) =>
      mends.push({ pointer, kind: "dropped", name, operation: described(entry) }),
    );
    const declared = new Set([...pathParameterNames(document, itemParameters.kept), ...pathParameterNames(document, own.kept)]);
    const missing = [...template].filter((name) => !declared.has(name));
    for (const name of missing) mends.push({ pointer: entry.pointer, kind: "added", name, operation: described(entry) });
    if (!own.changed && missing.length === 0) continue;
    item[entry.method] = { ...entry.operation, parameters: [...own.kept, ...missing.map(stringPathParameter)] };
    changed = true;
  }
  return changed ? item : null;
}

/** `parameters` without the path parameters the template does not name, each reported. */
function withoutUnused(
  document: SpecObject,
  parameters: unknown,
  template: ReadonlySet<string>,
  pointer: string,
  report: (pointer: string, name: string) => void,
): { readonly kept: readonly unknown[]; readonly changed: boolean } {
  const all = arrayOrEmpty(parameters);
  const kept = all.filter((raw, index) => {
    const name = pathParameterName(document, raw);
    if (name === null || template.has(name)) return true;
    report(childPointer(pointer, index), name);
    return false;
  });
  return { kept, changed: kept.length !== all.length };
}

function pathParameterNames(document: SpecObject, parameters: readonly unknown[]): string[] {
  return parameters.map((raw) => pathParameterName(document, raw)).filter((name) => name !== null);
}

/** The name of a path parameter (its `$ref` followed), `null` for any other parameter. */
function pathParameterName(document: SpecObject, raw: unknown): string | null {
  const parameter = resolveRefs(document, raw);
  return isSpecObject(parameter) && parameter.in === "path" && typeof parameter.name === "string" ? parameter.name : null;
}

/** What a template parameter nothing declares is generated as: a required string (§4.8.12.2: path parameters are required). */
function stringPathParameter(name: string): SpecObject {
  return { name, in: "path", required: true, schema: { type: "string" } };
}

/** The warning for one mend, at its place, under the rule that refuses it without `--lenient`. */
export function mendWarning(mend: PathParameterMend, locate: Locate, specFile: string): SpecProblem {
  const context = { locate, specFile };
  return mend.kind === "added"
    ? modelProblem(context, mend.pointer, MODEL_RULES.undeclaredPathParameter,
        `warning: ${mend.operation} uses the path parameter {${mend.name}}, which is not declared; generated as a string path parameter (--lenient)`)
    : modelProblem(context, mend.pointer, MODEL_RULES.unusedPathParameter,
        `warning: ${mend.operation} declares the path parameter "${mend.name}", which the path does not contain; dropped (--lenient)`);
}
