/** @redocly/openapi-core by `require` (see requireDependency.ts): its values, classes with their types under the same name. */
import type * as Redocly from "@redocly/openapi-core";
import { requireDependency } from "./requireDependency.js";

const redocly = requireDependency<typeof Redocly>("@redocly/openapi-core");

export const { bundle, createConfig, detectSpec, lint, getAstNodeByPointer, getLineColLocation } = redocly;
export const BaseResolver = redocly.BaseResolver;
export type BaseResolver = Redocly.BaseResolver;
export const ResolveError = redocly.ResolveError;
export type ResolveError = Redocly.ResolveError;
export const YamlParseError = redocly.YamlParseError;
export type YamlParseError = Redocly.YamlParseError;
