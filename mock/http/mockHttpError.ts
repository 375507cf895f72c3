/**
 * An error a handler or the request pipeline answers with, in Northflank's shape:
 * `{ "error": { "status", "message", "id", "details"? } }` (spec/common/schemas.yaml#/Error).
 */
export class MockHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Northflank's identifier of this kind of error, e.g. `project-not-found`. */
    readonly errorId: string,
    readonly details?: unknown,
    /** Extra response headers, e.g. `allow` on a 405. */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }

  toBody(): { error: { status: number; message: string; id: string; details?: unknown } } {
    const error = { status: this.status, message: this.message, id: this.errorId };
    return { error: this.details === undefined ? error : { ...error, details: this.details } };
  }
}

/** 404 for a resource named in the path: `notFound("project", "demo")`. */
export function notFound(kind: string, id: string): MockHttpError {
  return new MockHttpError(404, `No ${kind} with id "${id}" exists`, `${kind.replace(/ /g, "-")}-not-found`);
}

/** 409 for a resource whose derived id is taken. */
export function conflict(kind: string, id: string): MockHttpError {
  return new MockHttpError(409, `There is already a ${kind} with the same derived identifier "${id}"`, `${kind.replace(/ /g, "-")}-already-exists`);
}

/** 400 for a payload that is valid against the schema but not usable here. */
export function badRequest(message: string, errorId = "bad-request"): MockHttpError {
  return new MockHttpError(400, message, errorId);
}
