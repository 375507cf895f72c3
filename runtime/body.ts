/**
 * Request bodies by the operation's media type. JSON goes to openapi-fetch untouched (its
 * default serializer stringifies it and sets Content-Type); the other types are built here
 * and handed over as-is, with their Content-Type.
 */
import { ArgumentError } from "./errors.js";

export function isJsonMediaType(mediaType: string): boolean {
  return mediaType === "application/json" || mediaType.endsWith("+json");
}

/** Form fields into `form`: arrays repeat the key, files stay files, objects become JSON (OpenAPI's default for object parts). */
function fillForm<Form extends URLSearchParams | FormData>(form: Form, body: unknown, operationId: string): Form {
  if (body === null || typeof body !== "object") {
    throw new ArgumentError(`${operationId}: a form body must be an object`);
  }
  for (const [key, value] of Object.entries(body)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined) continue;
      const part = item instanceof Blob ? item : typeof item === "object" && item !== null ? JSON.stringify(item) : String(item);
      (form as FormData).append(key, part);
    }
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
    const form = body instanceof URLSearchParams ? body : fillForm(new URLSearchParams(), body, operationId);
    return { body: form, contentType: mediaType, replayable: true };
  }
  if (mediaType.startsWith("multipart/")) {
    const form = body instanceof FormData ? body : fillForm(new FormData(), body, operationId);
    return { body: form, contentType: null, replayable: true };
  }
  return { body, contentType: mediaType, replayable: !(body instanceof ReadableStream) };
}
