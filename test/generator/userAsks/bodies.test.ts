/**
 * Bodies that are not JSON, through clients generated from the fixtures `request-bodies`
 * and `responses-non-json` (their descriptors and types, not hand-written ones): a
 * multipart form with a Blob file, raw binary from bytes and from a Blob, and binary and
 * text responses read intact. The call signatures are checked by `npm run typecheck`.
 */
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { createApiClient as createUploadClient } from "../../fixtures/specs/request-bodies/__snapshots__/index.js";
import { createApiClient as createDownloadClient } from "../../fixtures/specs/responses-non-json/__snapshots__/index.js";
import { json, startServer, type TestServer } from "../../runtime/server.js";

/** Every byte value, so that any re-encoding on the way shows. */
const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, index) => index);

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const uploads = () => createUploadClient({ token: "t", baseUrl: server.url, retry: false });
const downloads = () => createDownloadClient({ token: "t", baseUrl: server.url, retry: false });

describe("request bodies", () => {
  it("sends a multipart form with a Blob file and a text field", async () => {
    server.reset((_request, response) => json(response, 201, { id: "u1" }));
    const file = new Blob([ALL_BYTES], { type: "application/octet-stream" });
    const stored = await uploads().uploadForm({ body: { file, caption: "every byte" } });
    expect(stored).toEqual({ id: "u1" });
    const sent = server.requests.at(-1)!;
    const boundary = /^multipart\/form-data; boundary=(.+)$/.exec(sent.headers["content-type"] ?? "")?.[1];
    expect(boundary).toBeDefined();
    const form = await new Response(new Uint8Array(sent.bytes), { headers: { "content-type": sent.headers["content-type"]! } }).formData();
    expect(form.get("caption")).toBe("every byte");
    const received = form.get("file");
    expect(received).toBeInstanceOf(Blob);
    expect(new Uint8Array(await (received as Blob).arrayBuffer())).toEqual(ALL_BYTES);
  });

  it.each([
    ["bytes", () => ALL_BYTES],
    ["a Blob", () => new Blob([ALL_BYTES])],
  ])("sends raw binary from %s unchanged, as application/octet-stream", async (_kind, body) => {
    server.reset((_request, response) => response.writeHead(204).end());
    await uploads().putBlob({ path: { blobId: "b1" }, body: body() });
    const sent = server.requests.at(-1)!;
    expect(sent.url).toBe("/blobs/b1");
    expect(sent.headers["content-type"]).toBe("application/octet-stream");
    expect(new Uint8Array(sent.bytes)).toEqual(ALL_BYTES);
  });

  it("types each body by its media type", () => {
    const client = uploads();
    // Never called: the compiler checks these calls, the server never sees them.
    const wrongCalls = () => [
      // @ts-expect-error a multipart file field takes a Blob or a string, not a number
      client.uploadForm({ body: { file: 42 } }),
      // @ts-expect-error the form's required file is missing
      client.uploadForm({ body: { caption: "c" } }),
      // @ts-expect-error a raw body is bytes, a Blob, a stream or a string, not an object
      client.putBlob({ path: { blobId: "b" }, body: { bytes: [1, 2] } }),
      // @ts-expect-error a form-urlencoded body needs its required fields
      client.login({ body: { user: "u" } }),
    ];
    expect(typeof wrongCalls).toBe("function");
    expectTypeOf(client.putBlob).parameter(0).toHaveProperty("body");
  });
});

describe("responses that are not JSON", () => {
  it("reads a binary response into a Blob, every byte intact", async () => {
    server.reset((_request, response) => response.writeHead(200, { "content-type": "application/zip" }).end(Buffer.from(ALL_BYTES)));
    const archive = await downloads().downloadArchive();
    expectTypeOf(archive).toEqualTypeOf<Blob>();
    expect(new Uint8Array(await archive.arrayBuffer())).toEqual(ALL_BYTES);
  });

  it("reads a text response as a string", async () => {
    server.reset((_request, response) => response.writeHead(200, { "content-type": "text/plain; charset=utf-8" }).end("line 1\nlíne 2\n"));
    const logs = await downloads().getLogs();
    expectTypeOf(logs).toEqualTypeOf<string>();
    expect(logs).toBe("line 1\nlíne 2\n");
  });

  it("reads JSON whose media type carries a charset", async () => {
    server.reset((_request, response) => {
      response.writeHead(200, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify({ ok: true }));
    });
    expect(await downloads().getStatus()).toEqual({ ok: true });
  });
});
