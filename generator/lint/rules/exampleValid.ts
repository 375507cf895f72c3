/**
 * `nf/example-valid`: every example validates against its schema: media-type
 * `example`/`examples` (OpenAPI 3.1 §4.8.14), parameter and header `example`/`examples`
 * (§4.8.12, §4.8.21), and a schema's own `example`/`examples` (§4.8.24, JSON Schema
 * `examples`). spec/README.md, "Conventions": the guide's payloads are examples, so
 * a payload the schema refuses means the schema or the example is wrong.
 */
import type { Location } from "@redocly/openapi-core/lib/ref-utils.js";
import type { Oas3Visitor } from "@redocly/openapi-core/lib/visitors.js";
import type { UserContext } from "@redocly/openapi-core/lib/walk.js";
import type { ExampleValidator } from "../exampleValidator.js";
import { deref, isRecord } from "../resolveRef.js";

export const exampleValid = (validator: () => ExampleValidator) => (): Oas3Visitor =>
  ({
    MediaType: (node: unknown, ctx: UserContext) => checkExamplesOf(node, ctx, validator()),
    Parameter: (node: unknown, ctx: UserContext) => checkExamplesOf(node, ctx, validator()),
    Header: (node: unknown, ctx: UserContext) => checkExamplesOf(node, ctx, validator()),
    Schema(node: unknown, ctx: UserContext) {
      if (!isRecord(node)) return;
      const check = (value: unknown, at: Location) => report(ctx, validator(), ctx.location, value, at);
      if (Object.hasOwn(node, "example")) check(node.example, ctx.location.child(["example"]));
      if (Array.isArray(node.examples)) node.examples.forEach((value, i) => check(value, ctx.location.child(["examples", i])));
    },
  }) as Oas3Visitor;

/** A Media Type, Parameter or Header: `example` and each `examples` entry against its `schema`. */
function checkExamplesOf(node: unknown, ctx: UserContext, validator: ExampleValidator): void {
  if (!isRecord(node) || node.schema === undefined) return;
  const schemaAt = ctx.location.child(["schema"]);
  if (Object.hasOwn(node, "example")) report(ctx, validator, schemaAt, node.example, ctx.location.child(["example"]));
  if (!isRecord(node.examples)) return;
  for (const [name, entry] of Object.entries(node.examples)) {
    const written = ctx.location.child(["examples", name]);
    const example = deref(ctx.resolve, entry, ctx.location.source.absoluteRef, written);
    if (!example || !isRecord(example.node) || !Object.hasOwn(example.node, "value") || !example.location) continue;
    report(ctx, validator, schemaAt, example.node.value, example.location.child(["value"]));
  }
}

function report(ctx: UserContext, validator: ExampleValidator, schemaAt: Location, value: unknown, valueAt: Location): void {
  const error = validator.validate(schemaAt.source.absoluteRef, schemaAt.pointer, value);
  if (!error) return;
  ctx.report({ message: `example does not match its schema: ${error.message}`, location: valueAt.child(error.path) });
}
