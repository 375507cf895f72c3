/**
 * Reads a request body as JSON. `undefined` when there is none; a 400 naming the
 * problem when it is not JSON or too large (the mock keeps everything in memory).
 */
import type { IncomingMessage } from "node:http";
import { MockHttpError } from "./mockHttpError.js";

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
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new MockHttpError(400, `body is not valid JSON: ${(error as Error).message}`, "validation-error");
  }
}
