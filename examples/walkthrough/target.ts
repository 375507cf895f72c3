/**
 * Which API the walkthrough talks to, from the environment:
 * - `NORTHFLANK_API_URL` set: that server (e.g. `northflank-openapi mock`), with
 *   `NORTHFLANK_API_TOKEN` or a placeholder token;
 * - else `NORTHFLANK_API_TOKEN` set: the real Northflank API;
 * - else: the local mock, started in this process.
 */
import { startMockServer, type MockServer } from "../../cli/mockPackage.js";

export interface Target {
  readonly kind: "in-process mock" | "server" | "real API";
  readonly baseUrl: string;
  readonly token: string;
  /** Stops what the walkthrough started (the in-process mock); a no-op otherwise. */
  stop(): Promise<void>;
}

export const REAL_API_URL = "https://api.northflank.com";
/** Any non-empty token works with the mock. */
const MOCK_TOKEN = "getting-started";

export async function chooseTarget(env: NodeJS.ProcessEnv): Promise<Target> {
  const url = nonEmpty(env.NORTHFLANK_API_URL);
  const token = nonEmpty(env.NORTHFLANK_API_TOKEN);
  if (url !== undefined) return { kind: "server", baseUrl: url, token: token ?? MOCK_TOKEN, stop: async () => {} };
  if (token !== undefined) return { kind: "real API", baseUrl: REAL_API_URL, token, stop: async () => {} };
  const mock: MockServer = await startMockServer();
  return { kind: "in-process mock", baseUrl: mock.url, token: MOCK_TOKEN, stop: () => mock.close() };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value.trim();
}
