/**
 * `nf/operation-error-responses`: each operation documents the error responses 400,
 * 401, 403, 404, 409, 429 and 500. spec/README.md, "Conventions"; the generated
 * client types its errors from these.
 */
import { operationKeyLocation, operationVisitor } from "../operationVisitor.js";
import { isRecord } from "../resolveRef.js";

export const REQUIRED_ERROR_STATUSES = ["400", "401", "403", "404", "409", "429", "500"] as const;

export const operationErrorResponses = () =>
  operationVisitor((info) => {
    const responses = isRecord(info.operation.responses) ? info.operation.responses : {};
    const missing = REQUIRED_ERROR_STATUSES.filter((status) => !Object.hasOwn(responses, status));
    if (missing.length === 0) return;
    info.report({
      message: `operation is missing the error response${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`,
      location: operationKeyLocation(info, "responses"),
    });
  });
