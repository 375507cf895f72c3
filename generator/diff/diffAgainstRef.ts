/**
 * `diff --base REF`: the spec at a git ref against the spec in the working tree.
 * Bad input (not a repository, an unknown ref, no spec at the ref, a spec that does not
 * generate) comes back as a message and problems, never as an exception. Problems in the
 * old spec name their files as `REF:path` instead of the temporary folder.
 */
import path from "node:path";
import { diffSpecs, type DiffReport } from "./diffSpecs.js";
import { DiffInputError, specAtRef } from "./specAtRef.js";

export interface DiffAgainstRefOptions {
  readonly ref: string;
  /** The root spec file in the working tree. */
  readonly specPath: string;
  /** @default process.cwd() */
  readonly cwd?: string;
}

export interface DiffBase {
  readonly ref: string;
  readonly commit: string;
}

export type DiffAgainstRefResult =
  | { readonly ok: true; readonly base: DiffBase; readonly report: DiffReport }
  | { readonly ok: false; readonly message: string; readonly problems: readonly string[] };

export async function diffAgainstRef(options: DiffAgainstRefOptions): Promise<DiffAgainstRefResult> {
  const cwd = options.cwd ?? process.cwd();
  let snapshot;
  try {
    snapshot = await specAtRef({ ref: options.ref, specPath: options.specPath, cwd });
  } catch (error) {
    if (error instanceof DiffInputError) return { ok: false, message: error.message, problems: [] };
    throw error;
  }
  try {
    const result = await diffSpecs({ baseSpecPath: snapshot.specPath, headSpecPath: path.resolve(cwd, options.specPath) });
    if (result.ok) return { ok: true, base: { ref: options.ref, commit: snapshot.commit }, report: result.report };
    const where = result.side === "base" ? `the spec at ${options.ref}` : `the spec in the working tree (${options.specPath})`;
    const problems = result.side === "base" ? result.problems.map((problem) => renameTempPaths(problem, snapshot.dir, options.ref)) : result.problems;
    return { ok: false, message: `${where} cannot be generated: ${problems.length} problem(s)`, problems };
  } finally {
    await snapshot.dispose();
  }
}

/** Problem lines name files relative to the current directory; show `REF:spec/x.yaml` instead. */
function renameTempPaths(problem: string, dir: string, ref: string): string {
  const forms = [dir, path.relative(process.cwd(), dir)].filter((form) => form !== "").map((form) => form.split(path.sep).join("/"));
  return forms.reduce((text, form) => text.split(`${form}/`).join(`${ref}:`), problem);
}
