/**
 * What a long-running generator process (`generate --watch`) keeps from one run to the
 * next: formatted pieces and the type-check project. Every run still produces the
 * complete output from the spec; the cache only saves work whose inputs did not change,
 * so the bytes are the same as those of a fresh process.
 */
import type { Project } from "ts-morph";
import { FormatCache } from "./format/formatCache.js";
import type { OutputFile } from "./renderFiles.js";

/**
 * The checking project of the previous run, so that the next one parses only the
 * generated files that changed: the standard library (lib.dom alone is megabytes), the
 * runtime and openapi-fetch are parsed once per process. The checker itself is rebuilt
 * on every run, so diagnostics are always those of the current files.
 */
export class TypeCheckCache {
  /** @param keepFingerprints whether a later run may skip its check (watch mode); one-shot runs need not pay for them. */
  constructor(readonly keepFingerprints = true) {}

  project: Project | null = null;
  outDir: string | null = null;
  /** Absolute paths of the generated files the project holds. */
  readonly generated = new Set<string>();
  /**
   * The code fingerprints (see codeFingerprint.ts) of the files of the last check that
   * found no error, by path relative to the output folder; `null` after a check with errors.
   */
  cleanFingerprints: ReadonlyMap<string, string> | null = null;
}

export class GenerationCache {
  readonly format = new FormatCache();
  readonly typeCheck = new TypeCheckCache();
  /**
   * The last API report and what it was made from: the code of the generated files
   * (comments aside), the output folder and the header. The report shows exports and
   * their types only, so while those stay the same it does too.
   */
  report: { readonly key: string; readonly file: OutputFile } | null = null;

  /** Called after each run. */
  endRun(): void {
    this.format.endRun();
  }
}
