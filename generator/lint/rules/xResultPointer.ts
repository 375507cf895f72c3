/**
 * `nf/x-result-pointer`: the document's `x-result-pointer` and any operation's override
 * are JSON pointers, and the one in effect names a place in the operation's 2xx body.
 * spec/README.md, "Vendor extensions", `x-result-pointer`.
 */
import type { Oas3Visitor } from "@redocly/openapi-core/lib/visitors.js";
import { readIfValid, resultPointerExtension } from "../../../openapi/extensions/index.js";
import { checkBodyPointer } from "../bodyPointer.js";
import { readExtension } from "../extensionShape.js";
import { operationVisitor } from "../operationVisitor.js";

const rootPointer: Oas3Visitor = {
  Root(root: Record<string, unknown>, ctx) {
    readExtension(resultPointerExtension, root, ctx.location, ctx.report);
  },
} as Oas3Visitor;

const operationPointer = operationVisitor((info) => {
  const own = Object.hasOwn(info.operation, resultPointerExtension.name);
  // A malformed value is reported once (the root's above, the operation's here) and checked no further.
  const pointer = own ? readExtension(resultPointerExtension, info.operation, info.location, info.report) : readIfValid(resultPointerExtension, info.root);
  if (pointer === null || pointer === undefined) return; // malformed, absent, or null (the whole body)
  checkBodyPointer({
    info,
    pointer,
    label: own ? "`x-result-pointer`" : "the document's `x-result-pointer`",
    location: own ? info.location.child(["x-result-pointer"]) : info.location.key(),
  });
});

export const xResultPointer = () => [rootPointer, operationPointer];
