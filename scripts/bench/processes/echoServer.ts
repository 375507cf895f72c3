/**
 * The server side of the per-call part, in its own process: answers every request on
 * 127.0.0.1 with the same small JSON project and Northflank's rate-limit headers, so the
 * clients' work is all that differs. Prints "listening on PORT"; stops itself after
 * --lifetime-ms (default 10 minutes) in case nobody stops it.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

const BODY = JSON.stringify({ data: { id: "demo", name: "Demo", description: "A project to measure calls with", region: "europe-west" } });
const HEADERS = {
  "content-type": "application/json",
  "content-length": String(Buffer.byteLength(BODY)),
  "x-ratelimit-limit": "1000000",
  "x-ratelimit-remaining": "999999",
  "x-ratelimit-reset": "3600",
};

const lifetimeFlag = process.argv.indexOf("--lifetime-ms");
const lifetimeMs = lifetimeFlag === -1 ? 600_000 : Number(process.argv[lifetimeFlag + 1]);

const server = createServer({ keepAliveTimeout: 60_000 }, (request, response) => {
  request.resume();
  request.on("end", () => {
    response.writeHead(200, HEADERS);
    response.end(BODY);
  });
});
server.listen(0, "127.0.0.1", () => {
  console.log(`listening on ${(server.address() as AddressInfo).port}`);
});
setTimeout(() => process.exit(0), lifetimeMs).unref();
process.once("SIGTERM", () => process.exit(0));
