/**
 * Most project rules look at one operation together with what it inherits: its path
 * template, the path item's parameters, and the document root (tags, security,
 * document-level extensions). This builds the Redocly visitor that hands each rule
 * exactly that, so every rule stays a small function of one operation.
 */
import type { Location } from "@redocly/openapi-core/lib/ref-utils.js";
import type { Oas3Visitor } from "@redocly/openapi-core/lib/visitors.js";
import type { Problem, ResolveFn, UserContext } from "@redocly/openapi-core/lib/walk.js";
import { deref, isRecord, type Resolved } from "./resolveRef.js";

export interface OperationInfo {
  /** The path template, e.g. `/v1/projects/{projectId}`. */
  readonly path: string;
  readonly method: string;
  readonly operation: Record<string, unknown>;
  /** Where the operation is written. */
  readonly location: Location;
  /** The document root as written in the root file. */
  readonly root: Record<string, unknown>;
  /** Absolute path of the root file (the base of the root's `$ref`s). */
  readonly rootFile: string;
  /** Path-level then operation-level parameters, resolved; operation ones override by name and place. */
  readonly parameters: readonly ResolvedParameter[];
  readonly resolve: ResolveFn;
  report(problem: Problem): void;
}

export interface ResolvedParameter extends Resolved {
  readonly node: Record<string, unknown>;
  readonly name: string;
  readonly in: string;
}

export type OperationCheck = (operation: OperationInfo) => void;

export function operationVisitor(check: OperationCheck): Oas3Visitor {
  let root: Record<string, unknown> = {};
  let rootFile = "";
  let path = "";
  let pathItem: Resolved = { node: {}, from: "", location: null };
  return {
    Root: {
      enter(node: unknown, ctx: UserContext) {
        root = isRecord(node) ? node : {};
        rootFile = ctx.location.source.absoluteRef;
      },
    },
    PathItem: {
      enter(node: unknown, ctx: UserContext) {
        path = String(ctx.key);
        pathItem = { node, from: ctx.location.source.absoluteRef, location: ctx.location };
      },
      Operation: {
        enter(operation: Record<string, unknown>, ctx: UserContext) {
          const from = ctx.location.source.absoluteRef;
          check({
            path,
            method: String(ctx.key),
            operation,
            location: ctx.location,
            root,
            rootFile,
            parameters: mergeParameters(
              resolveParameters(ctx.resolve, (pathItem.node as Record<string, unknown>).parameters, pathItem),
              resolveParameters(ctx.resolve, operation.parameters, { from, location: ctx.location }),
            ),
            resolve: ctx.resolve,
            report: ctx.report,
          });
        },
      },
    },
  } as unknown as Oas3Visitor;
}

/** `owner` is the path item or operation holding the `parameters` list. */
function resolveParameters(
  resolve: ResolveFn,
  list: unknown,
  owner: Pick<Resolved, "from" | "location">,
): ResolvedParameter[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry, index) => {
    const written = owner.location?.child(["parameters", index]) ?? null;
    const resolved = deref(resolve, entry, owner.from, written);
    if (!resolved || !isRecord(resolved.node)) return [];
    const { name, in: place } = resolved.node;
    if (typeof name !== "string" || typeof place !== "string") return [];
    return [{ ...resolved, node: resolved.node, name, in: place }];
  });
}

function mergeParameters(pathLevel: ResolvedParameter[], operationLevel: ResolvedParameter[]): ResolvedParameter[] {
  const key = (p: ResolvedParameter) => `${p.in}:${p.name}`;
  const overridden = new Set(operationLevel.map(key));
  return [...pathLevel.filter((p) => !overridden.has(key(p))), ...operationLevel];
}

/** The names in a path template, in order: `/a/{x}/b/{y}` gives `["x", "y"]`. */
export function templateParameters(template: string): string[] {
  return [...template.matchAll(/\{([^{}/]+)\}/g)].map((match) => match[1] ?? "");
}

/** The location of `key` on the operation if the operation has it, else the operation's key. */
export function operationKeyLocation(info: OperationInfo, key: string): Location {
  return Object.hasOwn(info.operation, key) ? info.location.child([key]).key() : info.location.key();
}
