/**
 * Problems the model stage finds (a spec it cannot generate a correct client from),
 * in the loader's `SpecProblem` shape so every command prints them alike.
 */
import type { SpecProblem } from "../load/problem.js";
import type { SourceLocation } from "../load/sourceLocation.js";

export type Locate = (pointer: string) => SourceLocation | null;

export const MODEL_RULES = {
  duplicateOperationId: "generate/duplicate-operation-id",
  undeclaredPathParameter: "generate/undeclared-path-parameter",
  unusedPathParameter: "generate/unused-path-parameter",
  nameCollision: "generate/name-collision",
  vendorExtension: "generate/vendor-extension",
} as const;

export interface ProblemContext {
  readonly locate: Locate;
  /** Shown when the loader cannot place a pointer. */
  readonly specFile: string;
}

export function modelProblem(context: ProblemContext, pointer: string, rule: string, message: string): SpecProblem {
  const place = context.locate(pointer);
  return {
    file: place?.file ?? context.specFile,
    line: place?.line ?? 1,
    col: place?.col ?? 1,
    rule,
    message,
    pointer,
  };
}

/** `file:line` of a pointer, for messages that name a second place. */
export function placeText(context: ProblemContext, pointer: string): string {
  const place = context.locate(pointer);
  return place ? `${place.file}:${place.line} (${pointer})` : pointer;
}
