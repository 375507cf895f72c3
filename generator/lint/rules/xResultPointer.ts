/**
 * `nf/x-result-pointer`: the document's `x-result-pointer` and any operation's override
 * are JSON pointers, and the one in effect names a place in the operation's 2xx body.
 * spec/README.md, "Vendor extensions", `x-result-pointer`.
 */
import type { Oas3Visitor } from "@redocly/openapi-core/lib/visitors.js";
import { checkBodyPointer } from "../bodyPointer.js";
import { operationVisitor } from "../operationVisitor.js";
import { isJsonPointer } from "../schemaAtPointer.js";

const rootPointer: Oas3Visitor = {
  Root(root: Record<string, unknown>, ctx) {
    if (!Object.hasOwn(root, "x-result-pointer") || isJsonPointer(root["x-result-pointer"])) return;
    ctx.report({
      message: `\`x-result-pointer\` must be a JSON pointer like "/data", not ${JSON.stringify(root["x-result-pointer"])}`,
      location: ctx.location.child(["x-result-pointer"]),
    });
  },
} as Oas3Visitor;

const operationPointer = operationVisitor((info) => {
  const own = Object.hasOwn(info.operation, "x-result-pointer");
  const pointer = own ? info.operation["x-result-pointer"] : info.root["x-result-pointer"];
  if (pointer === undefined || (!own && !isJsonPointer(pointer))) return; // a bad root value is reported once, above
  checkBodyPointer({
    info,
    pointer,
    label: own ? "`x-result-pointer`" : "the document's `x-result-pointer`",
    location: own ? info.location.child(["x-result-pointer"]) : info.location.key(),
  });
});

export const xResultPointer = () => [rootPointer, operationPointer];
