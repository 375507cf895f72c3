/** Every operation handler, keyed by operationId. */
import type { OperationHandler } from "./handlerContext.js";
import { addonHandlers } from "./addonHandlers.js";
import { buildHandlers } from "./buildHandlers.js";
import { deploymentHandlers } from "./deploymentHandlers.js";
import { jobHandlers } from "./jobHandlers.js";
import { projectHandlers } from "./projectHandlers.js";
import { serviceHandlers } from "./serviceHandlers.js";

export const operationHandlers: Readonly<Record<string, OperationHandler>> = {
  ...projectHandlers,
  ...serviceHandlers,
  ...buildHandlers,
  ...deploymentHandlers,
  ...jobHandlers,
  ...addonHandlers,
};
