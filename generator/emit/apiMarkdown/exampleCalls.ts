/**
 * Example calls for the reference, built from the spec's request examples: one call
 * per request-body example (or one call when there is none), with every path
 * parameter and required query, header and cookie parameter filled from its own example, or a
 * `<name>` placeholder when the spec gives none. The argument is laid out by
 * codeLiteral.ts: on one line when the call fits, else broken open.
 */
import type { OperationModel, ParameterModel } from "../../model/types.js";
import { literal } from "./codeLiteral.js";

export interface ExampleCall {
  /** What the example shows (the body example's summary or name); `null` for the only example. */
  readonly title: string | null;
  readonly code: string;
}

/** The variable the examples call through, as the reference's introduction creates it. */
export const CLIENT_VARIABLE = "client";

export function exampleCalls(operation: OperationModel): ExampleCall[] {
  const slots = parameterSlots(operation);
  const examples = operation.requestBody?.examples ?? [];
  const bodies = examples.length > 0 ? examples : [null];
  return bodies.map((body) => {
    const args = { ...slots, ...(body !== null ? { body: body.value } : operation.requestBody?.required ? { body: {} } : {}) };
    return { title: body === null ? null : (body.summary ?? body.name), code: callCode(operation, args) };
  });
}

function callCode(operation: OperationModel, args: Record<string, unknown>): string {
  const omitted = Object.keys(args).length === 0 && !operation.argsRequired;
  const call = (head: string, tail: string): string => `${head}${omitted ? "" : literal(args, "", head.length, tail)}${tail}`;
  const lines = [call(`const result = await ${CLIENT_VARIABLE}.${operation.name}(`, ");")];
  if (operation.pagination !== null) lines.push(call(`for await (const item of ${CLIENT_VARIABLE}.${operation.name}.all(`, ")) console.log(item);"));
  if (operation.waiter !== null) lines.push(call(`const settled = await ${CLIENT_VARIABLE}.${operation.waiter.name}(`, ");"));
  return lines.join("\n");
}

/** `{ path: {...}, query: {...}, header: {...}, cookie: {...} }` with the slots the call needs. */
function parameterSlots(operation: OperationModel): Record<string, Record<string, unknown>> {
  const slots: Record<string, Record<string, unknown>> = {};
  for (const parameter of operation.parameters.filter(isShown)) {
    const slot = (slots[parameter.in] ??= {});
    slot[parameter.name] = parameter.example === null ? `<${parameter.name}>` : parameter.example.value;
  }
  return slots;
}

/** Path parameters always (the URL needs them); query, header and cookie ones when required. */
function isShown(parameter: ParameterModel): boolean {
  return parameter.in === "path" || parameter.required;
}
