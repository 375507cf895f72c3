/**
 * The output folder's record of what the generator wrote there and from what: every
 * file with its hash, every spec file it read with its hash, the options that shape the
 * output, and the generator's version. It is how the generator knows a folder is its
 * own: it writes only into an empty or missing folder or one holding this record, and
 * it removes only files the record lists, so a typo in `--out` can never delete a
 * user's source. It also lets `check` tell an unchanged folder without regenerating.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { OutputFile } from "../emit/renderFiles.js";
import { compareCodeUnits } from "../model/uniqueNames.js";

export const MANIFEST_FILE = "northflank-openapi.manifest.json";
const GENERATOR_NAME = "northflank-openapi";

/** What the output was generated from, besides the generator. */
export interface GenerationInputs {
  /** Every spec file read, by path relative to the root file's folder (`/` separators), with the SHA-256 of its text. */
  readonly specFiles: Readonly<Record<string, string>>;
  /** The `--runtime` module the files import. */
  readonly runtime: string;
  /** The configured client name ("Api" when none is: the spec's title, else "Api", names the client then). */
  readonly clientName: string;
  /** The configured environment variable prefix; absent when none is, so older manifests read the same. */
  readonly envPrefix?: string;
  /** Set when `--lenient` mended path parameters; absent otherwise, so older manifests read the same. */
  readonly lenient?: true;
}

export interface OutputManifest {
  readonly generator: string;
  readonly generatorVersion: string;
  readonly inputs: GenerationInputs;
  /** Each written file (the manifest aside) and the SHA-256 of its bytes. */
  readonly files: Readonly<Record<string, string>>;
}

export interface ManifestInputs extends GenerationInputs {
  readonly generatorVersion: string;
}

export function sha256(text: string | Buffer): string {
  return createHash("sha256").update(text).digest("hex");
}

/** The spec files a run read (as the loader returns them), keyed as the manifest records them, in path order. */
export function specFileHashes(specPath: string, sources: ReadonlyMap<string, string>): Record<string, string> {
  const root = path.dirname(path.resolve(specPath));
  const entries = [...sources].map(([file, text]) => [path.relative(root, file).split(path.sep).join("/"), sha256(text)] as const);
  return Object.fromEntries(entries.sort(([a], [b]) => compareCodeUnits(a, b)));
}

/** The files of a run plus the manifest that records them (deterministic: sorted keys, LF, no times). */
export function withManifest(files: readonly OutputFile[], inputs: ManifestInputs): OutputFile[] {
  const listed = files.filter((file) => file.path !== MANIFEST_FILE);
  const manifest: OutputManifest = {
    generator: GENERATOR_NAME,
    generatorVersion: inputs.generatorVersion,
    inputs: {
      specFiles: inputs.specFiles,
      runtime: inputs.runtime,
      clientName: inputs.clientName,
      ...(inputs.envPrefix !== undefined && { envPrefix: inputs.envPrefix }),
      ...(inputs.lenient && { lenient: true }),
    },
    files: Object.fromEntries(
      listed.map((file) => [file.path, sha256(Buffer.from(file.text, "utf8"))] as const).sort(([a], [b]) => compareCodeUnits(a, b)),
    ),
  };
  return [...listed, { path: MANIFEST_FILE, text: `${JSON.stringify(manifest, null, 2)}\n` }];
}

/** A manifest as read back: its inputs are `null` when missing or malformed. */
export type StoredManifest = Omit<OutputManifest, "inputs"> & { readonly inputs: GenerationInputs | null };

/** What the folder's manifest says, `null` when there is none, or why it cannot be trusted. */
export async function readManifest(outDir: string): Promise<StoredManifest | null | { readonly unreadable: string }> {
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
    // Ownership needs only the file table; a manifest without usable inputs (an older format) just never proves a folder current.
    return { ...(parsed as OutputManifest), inputs: isInputs(parsed.inputs) ? parsed.inputs : null };
  } catch {
    return { unreadable: "it is not JSON" };
  }
}

function isInputs(inputs: unknown): inputs is GenerationInputs {
  const candidate = inputs as Partial<GenerationInputs> | null | undefined;
  return isFileTable(candidate?.specFiles) && typeof candidate?.runtime === "string" && typeof candidate.clientName === "string";
}

function isFileTable(files: unknown): files is Record<string, string> {
  return files !== null && typeof files === "object" && !Array.isArray(files) && Object.values(files).every((hash) => typeof hash === "string");
}
