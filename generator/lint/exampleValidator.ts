/**
 * Validates example values against schemas written anywhere in the spec's files, with
 * ajv and the JSON Schema 2020-12 dialect that OpenAPI 3.1 schemas use. Every parsed
 * file is registered under its `file://` URL, so a schema's relative `$ref`s
 * (`../common/schemas.yaml#/Error`) resolve exactly as they do in the spec.
 */
import { pathToFileURL } from "node:url";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { Document } from "@redocly/openapi-core";
import { escapePointerSegment, parsePointer } from "../../openapi/jsonPointer.js";

// ajv-formats is CommonJS: its default import is `module.exports`, whose `default` is the plugin.
const addFormats = addFormatsModule.default;

export interface ExampleError {
  /** Pointer segments inside the example value to the offending part (`[]` = the whole value). */
  readonly path: string[];
  readonly message: string;
}

export class ExampleValidator {
  private readonly ajv = new Ajv2020({
    strict: false, // OpenAPI adds keywords JSON Schema does not know: example, discriminator, xml, externalDocs
    allErrors: false, // the first error of each example, so one bad example yields one line
    validateSchema: false, // the files are OpenAPI documents, not schemas; Redocly's struct rule checks them
    logger: false,
  });
  private readonly compiled = new Map<string, ValidateFunction | Error>();

  constructor(documents: Iterable<Document>) {
    addFormats(this.ajv);
    for (const document of documents) {
      if (document.parsed !== null && typeof document.parsed === "object") {
        this.ajv.addSchema(document.parsed, fileUrl(document.source.absoluteRef));
      }
    }
  }

  /**
   * `null` when the value is valid, or when its schema has a dangling `$ref` (the loader
   * reports that once, at the `$ref`); otherwise the error, or why the schema is unusable.
   */
  validate(schemaFile: string, schemaPointer: string, value: unknown): ExampleError | null {
    const validator = this.compile(schemaFile, schemaPointer);
    if (validator instanceof Error && "missingRef" in validator) return null;
    if (validator instanceof Error) return { path: [], message: `its schema cannot be compiled: ${validator.message}` };
    if (validator(value)) return null;
    return describe(validator.errors?.[0]);
  }

  private compile(file: string, pointer: string): ValidateFunction | Error {
    const ref = `${fileUrl(file)}#${encodePointer(pointer)}`;
    let validator = this.compiled.get(ref);
    if (!validator) {
      try {
        validator = this.ajv.compile({ $ref: ref });
      } catch (error) {
        validator = error instanceof Error ? error : new Error(String(error));
      }
      this.compiled.set(ref, validator);
    }
    return validator;
  }
}

function describe(error: ErrorObject | undefined): ExampleError {
  if (!error) return { path: [], message: "does not match its schema" };
  const path = parsePointer(error.instancePath);
  const where = error.instancePath === "" ? "the value" : error.instancePath;
  return { path, message: `${where} ${error.message ?? "is invalid"}${detail(error)}` };
}

function detail(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (typeof params.additionalProperty === "string") return ` (\`${params.additionalProperty}\`)`;
  if (Array.isArray(params.allowedValues)) return ` (${params.allowedValues.map((v) => JSON.stringify(v)).join(", ")})`;
  return "";
}

function fileUrl(absolutePath: string): string {
  return pathToFileURL(absolutePath).href;
}

/** `#/a/b~1c` to a URI fragment ajv accepts: each segment percent-encoded, `~` escapes kept. */
function encodePointer(pointer: string): string {
  return parsePointer(pointer)
    .map((segment) => `/${encodeURIComponent(escapePointerSegment(segment))}`)
    .join("");
}
