/**
 * A cap on how much of a response body the client reads. A server (or anything between)
 * could send gigabytes; reading them whole would take the caller's process down before
 * any check ran. The body is counted as it streams and reading stops at the cap.
 */

/** 64 MiB: far above any Northflank answer, far below what hurts a CI runner. */
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

/**
 * `response`, or a copy whose body errors with `tooLarge(status)` once more than `maxBytes`
 * have arrived. A declared length over the cap fails at once; a declared length within
 * it bounds an unencoded body already (HTTP framing ends the body there), so only
 * compressed or unframed bodies pay for counting.
 */
export function limitBody(response: Response, maxBytes: number, tooLarge: (status: number) => Error): Response {
  const body = response.body;
  if (body === null) return response;
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) {
    body.cancel().catch(() => undefined);
    throw tooLarge(response.status);
  }
  const encoding = response.headers.get("content-encoding");
  if (Number.isFinite(declared) && (encoding === null || encoding === "identity")) return response;
  let received = 0;
  const counted = body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength;
        if (received > maxBytes) controller.error(tooLarge(response.status));
        else controller.enqueue(chunk);
      },
    }),
  );
  const limited = new Response(counted, { status: response.status, statusText: response.statusText, headers: response.headers });
  // A Response built here has no URL; hooks and callers read the one fetch reported.
  Object.defineProperty(limited, "url", { value: response.url });
  return limited;
}
