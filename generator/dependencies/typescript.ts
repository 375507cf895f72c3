/**
 * The `typescript` package by `require` (see requireDependency.ts): the compiler that
 * openapi-typescript builds its syntax trees with, so nodes made for its `postTransform`
 * must come from this copy too. ts-morph bundles another version (see tsMorph.ts).
 */
import type * as TypeScript from "typescript";
import { requireDependency } from "./requireDependency.js";

export const ts = requireDependency<typeof TypeScript>("typescript");
