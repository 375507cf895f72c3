/**
 * One descriptor per vendor extension of this project (spec/README.md, "Vendor
 * extensions"): its name, where it sits, and the one reader of its shape. Lint reports
 * the reader's problems at their place; the generator's model and the mock read values
 * through the same reader, so they cannot accept a shape lint refuses, or refuse one it
 * accepts. Checks that need the rest of the document (does the pointer name a field of
 * the response, is the scope declared) stay with lint and the model.
 */

/** A shape problem, `path` leading from the extension's value to the bad part. */
export interface ShapeProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
  /** Whether the problem is best shown at the key of `path` (a missing or unknown field) rather than at its value. */
  readonly atKey?: boolean;
}

export type ShapeResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly ShapeProblem[] };

export interface ExtensionDescriptor<T> {
  readonly name: `x-${string}`;
  /** Where the extension may stand. */
  readonly on: "operation" | "root" | "root or operation";
  /** Reads a value that is present (absence is each user's own business). */
  read(value: unknown): ShapeResult<T>;
}

/** The value an extension has on `holder` when well-formed; `undefined` when absent or malformed. */
export function readIfValid<T>(descriptor: ExtensionDescriptor<T>, holder: Record<string, unknown>): T | undefined {
  if (!Object.hasOwn(holder, descriptor.name)) return undefined;
  const result = descriptor.read(holder[descriptor.name]);
  return result.ok ? result.value : undefined;
}

/** All of a result's problems in one line, for readers that report a single message. */
export function describeProblems(name: string, problems: readonly ShapeProblem[]): string {
  return problems.map((problem) => `${[name, ...problem.path].join(".")}: ${problem.message}`).join("; ");
}
