/**
 * `check` without regenerating: the output folder is current when its manifest says it
 * was made by this very generator, from spec files that still hash the same, with the
 * same options, and every file it lists still hashes the same. Each of those is read from
 * disk, so the answer "current" is the one a full regeneration would give: the same
 * inputs make the same output (generation is deterministic). Anything else, or any doubt,
 * answers `false`, and the caller regenerates to compare (which also names what differs).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { reachRefusal, specReach } from "../load/specReach.js";
import { readManifest, sha256, type StoredManifest } from "./manifest.js";

export interface ManifestCheckOptions {
  readonly specPath: string;
  readonly outDir: string;
  readonly runtime: string;
  readonly clientName: string;
  /** The configured environment variable prefix, if any. */
  readonly envPrefix?: string | undefined;
  readonly lenient: boolean;
  readonly generatorVersion: string;
  readonly allowedRefRoots: readonly string[];
}

/** The manifest when the folder is provably current by it, else `null`. */
export async function currentByManifest(options: ManifestCheckOptions): Promise<StoredManifest | null> {
  const manifest = await readManifest(options.outDir);
  if (manifest === null || "unreadable" in manifest || manifest.inputs === null) return null;
  const { inputs } = manifest;
  const sameRun =
    manifest.generatorVersion === options.generatorVersion &&
    inputs.runtime === options.runtime &&
    inputs.clientName === options.clientName &&
    inputs.envPrefix === options.envPrefix &&
    (inputs.lenient === true) === options.lenient;
  if (!sameRun) return null;
  const specOk = await specUnchanged(inputs.specFiles, options);
  return specOk && (await filesUnchanged(manifest.files, options.outDir)) ? manifest : null;
}

/** Every recorded spec file still reachable and hashing the same, the root file among them. */
async function specUnchanged(specFiles: Readonly<Record<string, string>>, options: ManifestCheckOptions): Promise<boolean> {
  const rootRef = path.resolve(options.specPath);
  const folder = path.dirname(rootRef);
  if (!Object.hasOwn(specFiles, path.basename(rootRef))) return false;
  const reach = specReach(options.specPath, options.allowedRefRoots);
  for (const [relative, recorded] of Object.entries(specFiles)) {
    const file = path.resolve(folder, relative);
    if (file !== rootRef && reachRefusal(reach, file) !== null) return false;
    // As the loader reads a file: UTF-8, CRLF line ends as LF.
    const text = await readText(file);
    if (text === null || sha256(text.replace(/\r\n/g, "\n")) !== recorded) return false;
  }
  return true;
}

async function filesUnchanged(files: Readonly<Record<string, string>>, outDir: string): Promise<boolean> {
  for (const [file, recorded] of Object.entries(files)) {
    const bytes = await readFile(path.join(outDir, file)).catch(() => null);
    if (bytes === null || sha256(bytes) !== recorded) return false;
  }
  return true;
}

async function readText(file: string): Promise<string | null> {
  return readFile(file, "utf8").catch(() => null);
}
