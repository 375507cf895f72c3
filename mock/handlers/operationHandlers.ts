/** Every operation handler, keyed by operationId. */
import type { OperationHandler } from "./handlerContext.js";
import { projectHandlers } from "./projectHandlers.js";

export const operationHandlers: Readonly<Record<string, OperationHandler>> = {
  ...projectHandlers,
};
