/**
 * `nf/operation-success-schema`: each operation has a 2xx response whose JSON body has
 * a schema. spec/README.md, "Conventions": "a 200 response whose body is `{ data: ... }`".
 * The generated result types are read from that schema.
 */
import { operationKeyLocation, operationVisitor } from "../operationVisitor.js";
import { successJsonSchemas, successStatuses } from "../successSchema.js";

export const operationSuccessSchema = () =>
  operationVisitor((info) => {
    if (successJsonSchemas(info).length > 0) return;
    const message = successStatuses(info.operation.responses).length === 0
      ? "operation has no 2xx response"
      : "operation's 2xx response has no JSON body with a schema";
    info.report({ message, location: operationKeyLocation(info, "responses") });
  });
