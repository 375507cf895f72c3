/** Every vendor extension of this project, one descriptor each. */
export { describeProblems, readIfValid, type ExtensionDescriptor, type ShapeProblem, type ShapeResult } from "./descriptor.js";
export { paginationExtension, type Pagination } from "./pagination.js";
export { idempotentExtension, permissionExtension, resultPointerExtension } from "./scalars.js";
export { pathScopesExtension, scopedPathsExtension, type PathScope } from "./scopes.js";
export { waiterExtension, type Waiter } from "./waiter.js";

import { paginationExtension } from "./pagination.js";
import { idempotentExtension, permissionExtension, resultPointerExtension } from "./scalars.js";
import { pathScopesExtension, scopedPathsExtension } from "./scopes.js";
import { waiterExtension } from "./waiter.js";

export const EXTENSIONS = [
  permissionExtension,
  idempotentExtension,
  resultPointerExtension,
  pathScopesExtension,
  scopedPathsExtension,
  paginationExtension,
  waiterExtension,
] as const;
