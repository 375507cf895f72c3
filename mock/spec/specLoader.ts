/**
 * How the mock gets its spec: from whoever starts it. The mock serves an OpenAPI document
 * and knows nothing of how one is read and bundled; the command line (or a test, or the
 * walkthrough) hands it the toolchain's loader in this shape, so the mock depends on no
 * generator code and a cached bundle is tied to the loader that made it.
 */

export interface LoadedSpecDocument {
  /** The bundled document (only internal `$ref`s). */
  readonly document: Record<string, unknown>;
  /** The text of every file the bundle was read from, by absolute path. */
  readonly sources: ReadonlyMap<string, string>;
  /** Each problem as one printable line; the mock refuses to serve a spec with any. */
  readonly problems: readonly string[];
}

export interface SpecLoader {
  load(specPath: string): Promise<LoadedSpecDocument>;
  /** Changes whenever what `load` makes of the same files could change (its code, its libraries). */
  fingerprint(): string;
}
