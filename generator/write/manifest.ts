/**
 * The output folder's record of what the generator wrote there: every file with its
 * hash, the hash of the spec it came from, and the generator's version. It is how the
 * generator knows a folder is its own: it writes only into an empty or missing folder
 * or one holding this record, and it removes only files the record lists, so a typo in
 * `--out` can never delete a user's source.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { OutputFile } from "../emit/renderFiles.js";
import { compareCodeUnits } from "../model/uniqueNames.js";

export const MANIFEST_FILE = "northflank-openapi.manifest.json";
const GENERATOR_NAME = "northflank-openapi";

export interface OutputManifest {
  readonly generator: string;
  readonly generatorVersion: string;
  /** SHA-256 over every spec file the output was generated from (path relative to the root file's folder, and text). */
  readonly specSha256: string;
  /** Each written file (the manifest aside) and the SHA-256 of its bytes. */
  readonly files: Readonly<Record<string, string>>;
}

export interface ManifestInputs {
  readonly generatorVersion: string;
  readonly specSha256: string;
}

export function sha256(text: string | Buffer): string {
  return createHash("sha256").update(text).digest("hex");
}

/** The spec's fingerprint: each source file's path (relative to the root file's folder) and text, in path order. */
export function specFingerprint(specPath: string, sources: ReadonlyMap<string, string>): string {
  const root = path.dirname(path.resolve(specPath));
  const hash = createHash("sha256");
  const entries = [...sources].map(([file, text]) => [path.relative(root, file).split(path.sep).join("/"), text] as const);
  for (const [file, text] of entries.sort(([a], [b]) => compareCodeUnits(a, b))) {
    hash.update(`${file}\0${text.length}\0${text}\0`);
  }
  return hash.digest("hex");
}

/** The files of a run plus the manifest that records them (deterministic: sorted keys, LF, no times). */
export function withManifest(files: readonly OutputFile[], inputs: ManifestInputs): OutputFile[] {
  const listed = files.filter((file) => file.path !== MANIFEST_FILE);
  const manifest: OutputManifest = {
    generator: GENERATOR_NAME,
    generatorVersion: inputs.generatorVersion,
    specSha256: inputs.specSha256,
    files: Object.fromEntries(
      listed.map((file) => [file.path, sha256(Buffer.from(file.text, "utf8"))] as const).sort(([a], [b]) => compareCodeUnits(a, b)),
    ),
  };
  return [...listed, { path: MANIFEST_FILE, text: `${JSON.stringify(manifest, null, 2)}\n` }];
}

/** What the folder's manifest says, `null` when there is none, or why it cannot be trusted. */
export async function readManifest(outDir: string): Promise<OutputManifest | null | { readonly unreadable: string }> {
  let text: string;
  try {
    text = await readFile(path.join(outDir, MANIFEST_FILE), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    return { unreadable: (error as Error).message };
  }
  try {
    const parsed = JSON.parse(text) as Partial<OutputManifest>;
    if (parsed.generator !== GENERATOR_NAME || !isFileTable(parsed.files)) return { unreadable: "it is not a northflank-openapi manifest" };
    return parsed as OutputManifest;
  } catch {
    return { unreadable: "it is not JSON" };
  }
}

function isFileTable(files: unknown): files is Record<string, string> {
  return files !== null && typeof files === "object" && !Array.isArray(files) && Object.values(files).every((hash) => typeof hash === "string");
}
