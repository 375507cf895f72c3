/**
 * The pipeline's stages, in the order generate.ts runs them. They load Redocly,
 * openapi-typescript, TypeScript, ts-morph and prettier, so generate.ts imports this
 * module only when a run needs them: `--help`, `lint` and `mock` never pay for them.
 */
export { loadSpec } from "./load/loadSpec.js";
export { buildModel } from "./model/buildModel.js";
export { prepareDocument } from "./prepare/prepareDocument.js";
export { mendPathParameters, mendWarning } from "./prepare/lenientPathParameters.js";
export { emitClient } from "./emit/emitClient.js";
export { formatTypeError } from "./emit/typeCheck.js";
export { formatLanesForRun } from "./emit/format.js";
