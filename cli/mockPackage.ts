/**
 * `northflank-openapi/mock` as the package exports it: the mock server with the
 * toolchain's spec loader already given, so `startMockServer({ specPath })` works as a
 * user expects. The mock itself takes the loader as an argument and knows nothing of the
 * generator; this is where the two meet, like the `mock` command.
 */
import { createSpecLoader } from "../generator/load/specLoader.js";
import { startMockServer as startWithLoader, type MockServer, type MockServerOptions } from "../mock/index.js";

export { DEFAULT_SPEC_PATH, MockSpecError, deriveId } from "../mock/index.js";
export type { LoadedSpecDocument, MockServer, MockServerOptions, MockServerState, SpecLoader } from "../mock/index.js";

/** Starts the local Northflank API; reads `specPath` (default: the spec shipped with the package) with the toolchain's loader unless `loader` or `document` is given. */
export function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  return startWithLoader(options.document === undefined && options.loader === undefined ? { ...options, loader: createSpecLoader() } : options);
}
