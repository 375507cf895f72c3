/**
 * The methods a Path Item may hold. The type is the runtime's (the contract generated code
 * and the runtime share); the list adds OpenAPI's order (3.1 §4.8.9), the order operations
 * are read in.
 */
import type { HttpMethod } from "../runtime/operation.js";

export type { HttpMethod };

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const satisfies readonly HttpMethod[];

// Compiles only while the list names every method of the runtime's type.
const listsEveryMethod: [Exclude<HttpMethod, (typeof HTTP_METHODS)[number]>] extends [never] ? true : never = true;
void listsEveryMethod;
