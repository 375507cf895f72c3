/**
 * Renders the model into the output files (unformatted): one endpoint module per tag,
 * the client, the index, and openapi-typescript's schema types.
 */
import type { ApiModel } from "../model/types.js";
import type { RenderTemplate } from "./templates.js";

/** A file of the output: a path relative to the output folder (`/` separators) and its text. */
export interface OutputFile {
  readonly path: string;
  readonly text: string;
}

export interface RenderFilesOptions {
  readonly model: ApiModel;
  readonly render: RenderTemplate;
  readonly headerLines: readonly string[];
  /** The runtime as imported from the output folder's root, e.g. `../runtime/index.js`. */
  readonly runtimeModule: string;
  /** openapi-typescript's output for the document. */
  readonly schemaTypes: string;
}

export const SCHEMA_FILE = "schema.gen.ts";
export const CLIENT_FILE = "client.gen.ts";
export const INDEX_FILE = "index.ts";

export function endpointFilePath(fileName: string): string {
  return `endpoints/${fileName}.gen.ts`;
}

export function renderFiles(options: RenderFilesOptions): OutputFile[] {
  const { model, render, headerLines } = options;
  const atRoot = { model, headerLines, runtimeImport: options.runtimeModule };
  const inEndpoints = runtimeImportFrom(options.runtimeModule, 1);
  return [
    { path: SCHEMA_FILE, text: `${headerLines.map((line) => `// ${line}`).join("\n")}\n\n${options.schemaTypes}` },
    ...model.modules.map((module) => ({
      path: endpointFilePath(module.fileName),
      text: render("endpoints", { module, headerLines, runtimeImport: inEndpoints }),
    })),
    { path: CLIENT_FILE, text: render("client", atRoot) },
    { path: INDEX_FILE, text: render("index", atRoot) },
  ];
}

/** A relative module specifier seen from `depth` folders below the output root; package names stay. */
export function runtimeImportFrom(runtimeModule: string, depth: number): string {
  if (!runtimeModule.startsWith(".")) return runtimeModule;
  const up = "../".repeat(depth);
  return runtimeModule.startsWith("./") ? `${up}${runtimeModule.slice(2)}` : `${up}${runtimeModule}`;
}
