/**
 * A handler that fails after it has changed the store, served through the real request
 * pipeline: whatever it threw (a late 4xx, a plain exception), the answer is that error
 * and the store is as it was, so the same request succeeds afterwards.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createRequestListener } from "../../mock/createRequestListener.js";
import type { HandlerContext, OperationHandler } from "../../mock/handlers/handlerContext.js";
import { operationHandlers } from "../../mock/handlers/operationHandlers.js";
import { createRateLimiter } from "../../mock/http/rateLimiter.js";
import { MockHttpError } from "../../mock/http/mockHttpError.js";
import { createRouteTable } from "../../mock/routing/routeTable.js";
import { collectOperations } from "../../mock/spec/collectOperations.js";
import { MockStore } from "../../mock/state/mockStore.js";
import { createRequestValidator } from "../../mock/validation/createRequestValidator.js";
import { specDocument } from "./mockHarness.js";

const TOKEN = "failing-handler-token";
let server: Server | null = null;

afterEach(async () => {
  const closing = server;
  server = null;
  if (closing === null) return;
  const closed = new Promise((resolve) => closing.close(resolve));
  closing.closeAllConnections();
  await closed;
});

/** The mock's pipeline with `createProject` replaced, on a free 127.0.0.1 port; returns its URL. */
async function serveWith(createProject: OperationHandler, store: MockStore): Promise<string> {
  const document = await specDocument();
  const listener = createRequestListener({
    routes: createRouteTable(collectOperations(document)),
    validator: createRequestValidator(document),
    handlers: { ...operationHandlers, createProject },
    store,
    rateLimiter: createRateLimiter({ limit: 1000, windowMs: 3_600_000 }, Date.now),
    security: { schemes: new Map([["bearerAuth", "bearer"]]), document: [["bearerAuth"]], token: TOKEN },
    timing: { stepMs: 50 },
    now: Date.now,
  });
  server = createServer(listener);
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

async function request(url: string, method: string, body?: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(url, {
    method,
    headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

const realCreateProject = operationHandlers.createProject!;
const projectBody = { name: "half-stored", description: "created, then the handler fails", region: "europe-west" };

describe("a handler that fails after changing the store", () => {
  it.each([
    ["a plain exception", () => new TypeError("broke after storing"), 500, "internal-error"],
    ["a late 4xx", () => new MockHttpError(409, "found a conflict after storing", "conflict"), 409, "conflict"],
  ])("%s answers that error and leaves nothing behind", async (_case, failure, status, code) => {
    const store = new MockStore();
    let failNext = true;
    const url = await serveWith((context: HandlerContext) => {
      const answer = realCreateProject(context);
      store.failNextBuild();
      context.store.ids.buildId();
      if (failNext) {
        failNext = false;
        throw failure();
      }
      return answer;
    }, store);
    const idsBefore = store.ids.position;

    const failed = await request(`${url}/v1/projects`, "POST", projectBody);
    expect(failed.status).toBe(status);
    expect(failed.body.error.id).toBe(code);

    expect((await request(`${url}/v1/projects/half-stored`, "GET")).status).toBe(404);
    expect((await request(`${url}/v1/projects`, "GET")).body.data.projects).toEqual([]);
    expect(store.takeBuildFailure()).toBe(false);
    expect(store.ids.position).toBe(idsBefore);

    const retried = await request(`${url}/v1/projects`, "POST", projectBody);
    expect(retried.status).toBe(200);
    expect((await request(`${url}/v1/projects/half-stored`, "GET")).status).toBe(200);
  });
});
