/**
 * Request bodies by the operation's media type. JSON goes to openapi-fetch untouched (its
 * default serializer stringifies it and sets Content-Type); the other types are built here
 * and handed over as-is, with their Content-Type.
 */
import { NorthflankArgumentError } from "./errors.js";

export function isJsonMediaType(mediaType: string): boolean {
  return mediaType === "application/json" || mediaType.endsWith("+json");
}

/** Form fields: arrays repeat the key; objects are JSON (OpenAPI's default for object parts). */
function formEntries(body: unknown, operationId: string): [string, unknown][] {
  if (body === null || typeof body !== "object") {
    throw new NorthflankArgumentError(`${operationId}: a form body must be an object`);
  }
  const entries: [string, unknown][] = [];
  for (const [key, value] of Object.entries(body)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) entries.push([key, item]);
  }
  return entries;
}

function formText(value: unknown): string {
  return typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
}

function toUrlEncoded(body: unknown, operationId: string): string {
  if (body instanceof URLSearchParams) return body.toString();
  const params = new URLSearchParams();
  for (const [key, value] of formEntries(body, operationId)) params.append(key, formText(value));
  return params.toString();
}

function toFormData(body: unknown, operationId: string): FormData {
  if (body instanceof FormData) return body;
  const form = new FormData();
  for (const [key, value] of formEntries(body, operationId)) {
    if (value instanceof Blob) form.append(key, value);
    else form.append(key, formText(value));
  }
  return form;
}

/** A non-JSON body, ready to send. `contentType` null lets fetch set it (FormData needs its boundary). */
export interface EncodedBody {
  readonly body: unknown;
  readonly contentType: string | null;
  /** A stream can be read once; a request carrying one is never retried. */
  readonly replayable: boolean;
}

export function encodeBody(mediaType: string, body: unknown, operationId: string): EncodedBody {
  if (mediaType === "application/x-www-form-urlencoded") {
    return { body: toUrlEncoded(body, operationId), contentType: mediaType, replayable: true };
  }
  if (mediaType.startsWith("multipart/")) {
    return { body: toFormData(body, operationId), contentType: null, replayable: true };
  }
  return { body, contentType: mediaType, replayable: !(body instanceof ReadableStream) };
}
