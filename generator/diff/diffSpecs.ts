/**
 * The diff stage: generate the client in memory from two specs with the pipeline's own
 * `buildOutput` (nothing is written), read each one's public surface with ts-morph, and
 * compare and classify. Both generations sit, in memory, in this package's own output
 * folder, so their runtime import resolves to this package's runtime wherever the specs
 * live (a temporary folder for a git ref, another repository, a fixture).
 */
import { fileURLToPath } from "node:url";
import { buildOutput } from "../generate.js";
import { compareCodeUnits } from "../model/uniqueNames.js";
import { readSurface, type ApiSurface } from "./apiSurface.js";
import type { ApiChange } from "./change.js";
import { classifyChange, suggestBump, type Bump, type Severity } from "./classifyChange.js";
import { compareSurfaces } from "./compareSurfaces.js";
import { describeChange } from "./describeChange.js";

/** Where the in-memory generations live: this package's `generated/`, beside its `runtime/`. */
const IN_MEMORY_OUT_DIR = fileURLToPath(new URL("../../generated/", import.meta.url));

export interface ClassifiedChange extends ApiChange {
  readonly severity: Severity;
  /** `createProject: body.description became required`. */
  readonly message: string;
}

export interface DiffReport {
  /** Breaking first, then by subject, field path and message. */
  readonly changes: readonly ClassifiedChange[];
  readonly breaking: number;
  readonly compatible: number;
  readonly bump: Bump;
}

export interface DiffSpecsOptions {
  /** The root spec file of the old version. */
  readonly baseSpecPath: string;
  /** The root spec file of the new version. */
  readonly headSpecPath: string;
}

export type DiffSpecsResult =
  | { readonly ok: true; readonly report: DiffReport }
  | { readonly ok: false; readonly side: "base" | "head"; readonly problems: readonly string[] };

export async function diffSpecs(options: DiffSpecsOptions): Promise<DiffSpecsResult> {
  const base = await surfaceOfSpec(options.baseSpecPath);
  if (!base.ok) return { ok: false, side: "base", problems: base.problems };
  const head = await surfaceOfSpec(options.headSpecPath);
  if (!head.ok) return { ok: false, side: "head", problems: head.problems };
  return { ok: true, report: classifyChanges(compareSurfaces(base.surface, head.surface)) };
}

type SurfaceResult = { readonly ok: true; readonly surface: ApiSurface } | { readonly ok: false; readonly problems: readonly string[] };

export async function surfaceOfSpec(specPath: string): Promise<SurfaceResult> {
  const built = await buildOutput({ specPath, outDir: IN_MEMORY_OUT_DIR });
  if (!built.ok) return built;
  return { ok: true, surface: readSurface({ files: built.files, model: built.model, outDir: IN_MEMORY_OUT_DIR }) };
}

export function classifyChanges(changes: readonly ApiChange[]): DiffReport {
  const seen = new Set<string>();
  const classified = changes
    .map((change) => ({ ...change, severity: classifyChange(change), message: describeChange(change) }))
    .filter((change) => !seen.has(`${change.severity} ${change.message}`) && seen.add(`${change.severity} ${change.message}`))
    .sort(compareChanges);
  const breaking = classified.filter((change) => change.severity === "breaking").length;
  return { changes: classified, breaking, compatible: classified.length - breaking, bump: suggestBump(classified.map((change) => change.severity)) };
}

function compareChanges(a: ClassifiedChange, b: ClassifiedChange): number {
  const rank = (change: ClassifiedChange) => (change.severity === "breaking" ? 0 : 1);
  return rank(a) - rank(b) || compareCodeUnits(a.subject, b.subject) || compareCodeUnits(a.path, b.path) || compareCodeUnits(a.message, b.message);
}
