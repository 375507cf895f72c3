/** The extensions whose value is a single scalar: `x-permission`, `x-idempotent`, `x-result-pointer`. */
import type { ExtensionDescriptor } from "./descriptor.js";
import { isJsonPointer } from "../jsonPointer.js";
import { isNonEmptyString } from "./fields.js";

/** The token permission an operation needs, as Northflank writes it; `null` when the reference names none. */
export const permissionExtension: ExtensionDescriptor<string | null> = {
  name: "x-permission",
  on: "operation",
  read: (value) =>
    value === null || isNonEmptyString(value) ? { ok: true, value } : { ok: false, problems: [{ path: [], message: "must be a non-empty string or null" }] },
};

/** Whether sending the request twice has the effect of sending it once (so the client may retry it). */
export const idempotentExtension: ExtensionDescriptor<boolean> = {
  name: "x-idempotent",
  on: "operation",
  read: (value) => (typeof value === "boolean" ? { ok: true, value } : { ok: false, problems: [{ path: [], message: "must be true or false" }] }),
};

/** The part of a 2xx JSON body a call resolves to; `null` for the whole body (an operation's way to override the root's). */
export const resultPointerExtension: ExtensionDescriptor<string | null> = {
  name: "x-result-pointer",
  on: "root or operation",
  read: (value) =>
    value === null || isJsonPointer(value)
      ? { ok: true, value }
      : { ok: false, problems: [{ path: [], message: 'must be a JSON pointer ("" or starting with "/") or null' }] },
};
