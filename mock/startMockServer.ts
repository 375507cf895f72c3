/**
 * Starts the local Northflank API: reads the spec once, precompiles the route table,
 * and serves every operation from in-memory state on node:http. Used by the `mock`
 * command and, in-process, by tests and the walkthrough.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequestListener, type MockApp } from "./createRequestListener.js";
import { withGenericHandlers } from "./generic/genericHandlers.js";
import { createSynthesizer } from "./generic/synthesize.js";
import { actionEffects } from "./handlers/actionEffects.js";
import { logSource } from "./handlers/logSource.js";
import { operationHandlers } from "./handlers/operationHandlers.js";
import { itemIdFields, resourceFamilies } from "./handlers/resourceFamilies.js";
import { createRateLimiter, type RateLimitOptions } from "./http/rateLimiter.js";
import { createRouteTable } from "./routing/routeTable.js";
import { createStreamingEndpoints } from "./sockets/streamingEndpoints.js";
import { collectOperations } from "./spec/collectOperations.js";
import { readSecurity, readSecuritySchemes } from "../openapi/security.js";
import { MockSpecError, readMockSpec } from "./spec/readMockSpec.js";
import type { SpecLoader } from "./spec/specLoader.js";
import { MockStore, type MockControls } from "./state/mockStore.js";
import type { ProgressionTiming } from "./state/progression.js";
import { createRequestValidator } from "./validation/createRequestValidator.js";
import { displaySpecPath, packageSpecPath } from "./spec/packageSpecPath.js";

export interface MockServerOptions {
  /** Port to listen on; 0 picks a free one. @default 0 */
  readonly port?: number;
  /** @default "127.0.0.1" */
  readonly host?: string;
  /** The root spec file, read with `loader`. @default the spec shipped with this package */
  readonly specPath?: string;
  /** Reads and bundles `specPath` (the toolchain's loader; the mock has none of its own). Needed unless `document` is given. */
  readonly loader?: SpecLoader;
  /** An already bundled spec, served as it is (no `specPath`, no `loader`). */
  readonly document?: Record<string, unknown>;
  /**
   * A folder to keep the bundled spec in between starts; a start reuses it while every file
   * it was bundled from is unchanged (the `mock` command passes the user's cache folder).
   * @default null: bundle `specPath` on every start
   */
  readonly specCacheDir?: string | null;
  /** The one bearer token accepted. @default any non-empty token */
  readonly token?: string;
  /** @default { limit: 1000, windowMs: 3_600_000 } (Northflank's 1000 an hour) */
  readonly rateLimit?: Partial<RateLimitOptions>;
  /** @default { stepMs: 500 }: a build is done ~1 s after it starts */
  readonly timing?: Partial<ProgressionTiming>;
  /** The clock statuses and rate-limit windows follow. @default Date.now */
  readonly now?: () => number;
  /** How often a live log tail looks for new lines, in ms. @default 100 */
  readonly tailPollMs?: number;
}

export interface MockServerState extends MockControls {
  /** Forgets every resource, pending failure and rate-limit window. */
  reset(): void;
  /** Cuts every open log tail and command session without a close frame, as a failing network would. */
  dropStreams(): void;
}

export interface MockServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  readonly url: string;
  /** The spec's `info.title`; null when it has none. */
  readonly title: string | null;
  readonly state: MockServerState;
  /** The operationIds served by the generic resource layer (derived from the spec) rather than by a hand-written handler. */
  readonly genericOperations: readonly string[];
  close(): Promise<void>;
}

/** The spec shipped with this package, so the mock works from any working directory. */
export const DEFAULT_SPEC_PATH = displaySpecPath(packageSpecPath());

export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const document = options.document ?? (await readMockSpec(options.specPath ?? DEFAULT_SPEC_PATH, requireLoader(options), options.specCacheDir ?? null));
  const schemes = readSecuritySchemes(document);
  const operations = collectOperations(document, schemes);
  const now = options.now ?? Date.now;
  const store = new MockStore();
  const rateLimiter = createRateLimiter({ limit: 1000, windowMs: 3_600_000, ...options.rateLimit }, now);
  const handlers = withGenericHandlers({
    document,
    operations,
    handwritten: operationHandlers,
    families: resourceFamilies,
    itemIdFields,
    actions: actionEffects,
    logs: logSource,
    synthesizer: createSynthesizer(document, now),
  });
  const app: MockApp = {
    routes: createRouteTable(operations),
    validator: createRequestValidator(document),
    handlers,
    store,
    rateLimiter,
    security: { schemes, document: readSecurity(document.security, schemes) ?? [], token: options.token ?? null },
    timing: { stepMs: 500, ...options.timing },
    now,
  };
  const server = createServer({ keepAliveTimeout: 5_000 }, createRequestListener(app));
  const streams = createStreamingEndpoints(app, { tailPollMs: options.tailPollMs ?? 100 });
  server.on("upgrade", streams.handleUpgrade);
  const address = await listen(server, options.port ?? 0, options.host ?? "127.0.0.1");
  const state: MockServerState = {
    failNextBuild: () => store.failNextBuild(),
    failNextJobRun: () => store.failNextJobRun(),
    reset: () => {
      store.clear();
      rateLimiter.reset();
    },
    dropStreams: () => streams.dropAll(),
  };
  return {
    url: `http://${formatHost(address.address)}:${address.port}`,
    title: specTitle(document),
    state,
    genericOperations: operations.map((o) => o.operationId).filter((id) => operationHandlers[id] === undefined),
    close: once(() => (streams.closeAll(), closeServer(server))),
  };
}

function specTitle(document: Record<string, unknown>): string | null {
  const info = document.info;
  const title = typeof info === "object" && info !== null ? (info as Record<string, unknown>).title : undefined;
  return typeof title === "string" && title.trim() !== "" ? title : null;
}

function requireLoader(options: MockServerOptions): SpecLoader {
  if (options.loader === undefined) throw new MockSpecError("startMockServer needs the spec: pass `document` (bundled) or `loader` (to read `specPath`)");
  return options.loader;
}

/** Closing twice (a test's cleanup after a mid-run stop) resolves with the first close. */
function once(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | null = null;
  return () => (closing ??= close());
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

function formatHost(address: string): string {
  return address.includes(":") ? `[${address}]` : address;
}

/** Stops accepting, drops idle keep-alive connections, and resolves once the server is closed. */
function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeIdleConnections();
  });
}
