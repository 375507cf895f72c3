/**
 * Grouping operations into endpoint modules, one per tag (an operation's first tag;
 * untagged ones go to `default`). Module order: the document's `tags` list, then tags
 * it does not list in order of first use. File stems are ASCII kebab case, unique
 * even on case-insensitive file systems.
 */
import type { ModuleModel, OperationModel } from "./types.js";
import { arrayOrEmpty, isSpecObject, type SpecObject } from "../../openapi/specData.js";
import { toCamelIdentifier, toFileStem } from "./identifier.js";
import { resolveNameCollisions } from "./uniqueNames.js";
import { escapeReservedWord } from "./reservedWords.js";

export const DEFAULT_TAG = "default";

export function operationTag(operation: SpecObject): string {
  const first = arrayOrEmpty(operation.tags)[0];
  return typeof first === "string" && first.trim() !== "" ? first : DEFAULT_TAG;
}

export function buildModules(document: SpecObject, operations: readonly OperationModel[], reservedNames: ReadonlySet<string>): ModuleModel[] {
  const tags = orderedTags(document, operations);
  const fileNames = resolveNameCollisions(tags.map((tag) => ({ key: tag, original: tag, wanted: toFileStem(tag) || DEFAULT_TAG })));
  const importNames = resolveNameCollisions(
    tags.map((tag) => ({ key: tag, original: tag, wanted: `${toCamelIdentifier(fileNames.get(tag) ?? tag)}Endpoints` })),
    reservedNames,
  );
  return tags.map((tag) => {
    const members = operations.filter((operation) => operation.tag === tag);
    return {
      tag,
      fileName: fileNames.get(tag) ?? DEFAULT_TAG,
      importName: escapeReservedWord(importNames.get(tag) ?? "endpoints"),
      runtimeTypeImports: runtimeTypeImports(members),
      schemaTypeImports: schemaTypeImports(members),
      usesHeaders: members.some(({ code }) => code.headersType !== null),
      operations: members,
    };
  });
}

/** What the module's declarations mention, so it imports nothing unused. */
function runtimeTypeImports(operations: readonly OperationModel[]): string[] {
  const usesBody = operations.some(({ code }) => code.usesSuccessBody);
  const usesHeaders = operations.some(({ code }) => code.headersType !== null);
  return [
    "CallArgs",
    "ErrorResponse",
    "OperationSpec",
    ...(usesHeaders ? ["ResponseHeaders", "ResponseWithHeaders"] : []),
    "Runtime",
    ...(usesBody ? ["SuccessBody"] : []),
  ];
}

/** `paths`, and the read/write helpers the module's operations use (see readWriteMarkers.ts). */
function schemaTypeImports(operations: readonly OperationModel[]): string[] {
  const readable = operations.some(({ code }) => code.usesReadable);
  const writable = operations.some(({ code }) => code.usesWritable);
  return [...(readable ? ["Readable"] : []), ...(writable ? ["Writable"] : []), "paths"];
}

function orderedTags(document: SpecObject, operations: readonly OperationModel[]): string[] {
  const used = new Set(operations.map((operation) => operation.tag));
  const declared = arrayOrEmpty(document.tags)
    .filter(isSpecObject)
    .map((tag) => tag.name)
    .filter((name): name is string => typeof name === "string" && used.has(name));
  return [...new Set([...declared, ...operations.map((operation) => operation.tag)])];
}
