/**
 * The spec's own request examples, kept in the model so the reference's example calls
 * need nothing but the model: a parameter's value comes from its `example`, else its
 * first `examples` entry, else its schema's `example` (OpenAPI 3.1 §4.8.12); a request
 * body's from its media type's `example` or named `examples` (§4.8.14).
 */
import type { BodyExampleModel, ExampleModel } from "./types.js";
import { isSpecObject, objectOrEmpty, stringOrNull, type SpecObject } from "../../openapi/specData.js";
import { resolveRefs } from "../../openapi/refs.js";

export function parameterExample(document: SpecObject, parameter: SpecObject): ExampleModel | null {
  if (parameter.example !== undefined) return { value: parameter.example };
  const first = firstExampleValue(document, parameter.examples);
  if (first !== undefined) return { value: first };
  const schemaExample = objectOrEmpty(resolveRefs(document, parameter.schema)).example;
  return schemaExample === undefined ? null : { value: schemaExample };
}

/** A media type's examples, in spec order; a lone `example` has no name. */
export function mediaTypeExamples(document: SpecObject, mediaType: unknown): BodyExampleModel[] {
  const media = objectOrEmpty(resolveRefs(document, mediaType));
  if (media.example !== undefined) return [{ name: null, summary: null, value: media.example }];
  return Object.entries(objectOrEmpty(media.examples)).flatMap(([name, example]) => {
    const resolved = objectOrEmpty(resolveRefs(document, example));
    return resolved.value === undefined ? [] : [{ name, summary: stringOrNull(resolved.summary), value: resolved.value }];
  });
}

function firstExampleValue(document: SpecObject, examples: unknown): unknown {
  if (!isSpecObject(examples)) return undefined;
  for (const example of Object.values(examples)) {
    const value = objectOrEmpty(resolveRefs(document, example)).value;
    if (value !== undefined) return value;
  }
  return undefined;
}
