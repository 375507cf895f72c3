/** The local Northflank API: `startMockServer()` and its option and result types. */
export { startMockServer, DEFAULT_SPEC_PATH, type MockServer, type MockServerOptions, type MockServerState } from "./startMockServer.js";
export { MockSpecError } from "./spec/readMockSpec.js";
export type { LoadedSpecDocument, SpecLoader } from "./spec/specLoader.js";
export { deriveId } from "./state/ids.js";
