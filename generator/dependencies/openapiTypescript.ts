/** openapi-typescript's CommonJS build by `require` (see requireDependency.ts); it loads `typescript` and Redocly the same way. */
import type * as OpenapiTypescript from "openapi-typescript";
import { requireDependency } from "./requireDependency.js";

const openapiTypescript = requireDependency<typeof OpenapiTypescript>("openapi-typescript");

export const openapiTS = openapiTypescript.default;
export const astToString = openapiTypescript.astToString;
