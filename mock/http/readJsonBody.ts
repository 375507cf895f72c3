/**
 * Reads a request body as JSON. `undefined` when there is none; a 413 when it is too
 * large (the mock keeps everything in memory); a 400 naming the problem when it is not
 * JSON or nests too deeply.
 */
import type { IncomingMessage } from "node:http";
import { MockHttpError } from "./mockHttpError.js";
import { MAX_BODY_DEPTH, tooDeepAt } from "./nestingDepth.js";

const MAX_BODY_BYTES = 1_000_000;

export async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new MockHttpError(413, `The request body is larger than ${MAX_BODY_BYTES} bytes`, "payload-too-large");
    chunks.push(chunk);
  }
  if (size === 0) return undefined;
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") return undefined;
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch (error) {
    throw new MockHttpError(400, `body is not valid JSON: ${(error as Error).message}`, "validation-error");
  }
  const deepAt = tooDeepAt(body, MAX_BODY_DEPTH);
  if (deepAt !== null) {
    throw new MockHttpError(400, `body nests deeper than ${MAX_BODY_DEPTH} levels, at body${deepAt}`, "validation-error");
  }
  return body;
}
