/**
 * Issue 13's "done when" for neutral output: a client generated from a third-party spec
 * (the fixture `neutral-api-key`: a server URL with a variable, an API key in a header, one
 * operation with `security: []`, no vendor extensions) names nothing Northflank, sends the
 * key where its scheme says and none on the public operation, and defaults to the spec's
 * server URL. Query, cookie and basic schemes are covered at the runtime level (test/runtime/auth.test.ts).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { headerLines } from "../../../generator/emit/header.js";
import { FIXTURE_ROOT } from "../../../scripts/lib/fixtureSpecs.js";
import { ConfigError, createWeatherStationClient } from "../../fixtures/specs/neutral-api-key/__snapshots__/index.js";
import { json, startServer, type TestServer } from "../../runtime/server.js";

const SNAPSHOTS = path.join(FIXTURE_ROOT, "neutral-api-key/__snapshots__");
const SPEC_DISPLAY_PATH = "test/fixtures/specs/neutral-api-key/openapi.yaml";

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

/**
 * The lines naming Northflank that are not the generator's own signature: its fixed header
 * (in whatever comment syntax the file uses) and the manifest's `generator` field.
 */
function northflankLines(text: string): string[] {
  const header = headerLines(SPEC_DISPLAY_PATH);
  return text
    .split("\n")
    .filter((line) => /northflank/i.test(line))
    .filter((line) => !header.some((headerLine) => line.includes(headerLine)) && !/^\s*"generator": "northflank-openapi",$/.test(line));
}

describe("a client generated from a third-party spec", () => {
  it("names no Northflank identifier, URL or environment variable in any generated file", () => {
    const files = listFiles(SNAPSHOTS);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expect({ file: path.relative(SNAPSHOTS, file), lines: northflankLines(readFileSync(file, "utf8")) }).toEqual({ file: path.relative(SNAPSHOTS, file), lines: [] });
  });

  it("is named after the spec's title", () => {
    expectTypeOf(createWeatherStationClient).toBeFunction();
  });

  it("types the server variable with its enum", () => {
    expectTypeOf(createWeatherStationClient).parameter(0).exclude<undefined>().toHaveProperty("serverVariables").toEqualTypeOf<{ region?: "eu" | "us" } | undefined>();
  });
});

describe("over HTTP", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  const client = (apiKey?: string) => createWeatherStationClient({ baseUrl: server.url, retry: false, ...(apiKey !== undefined && { apiKey }) });

  it("sends the API key in the scheme's header, and no Authorization", async () => {
    server.reset((_request, response) => json(response, 200, [{ id: "s1", name: "Roof" }]));
    await expect(client("station-key-1").listStations()).resolves.toEqual([{ id: "s1", name: "Roof" }]);
    const request = server.requests.at(-1)!;
    expect(request.url).toBe("/stations");
    expect(request.headers["x-station-key"]).toBe("station-key-1");
    expect(request.headers.authorization).toBeUndefined();
  });

  it("sends no key on the operation with `security: []`", async () => {
    server.reset((_request, response) => json(response, 200, { up: true }));
    await expect(client("station-key-1").getStatus()).resolves.toEqual({ up: true });
    expect(server.requests.at(-1)!.headers["x-station-key"]).toBeUndefined();
  });

  it("refuses to start without a key, naming the option and no environment variable (the spec gives no prefix)", () => {
    expect(() => client()).toThrow(ConfigError);
    expect(() => client()).toThrow(/^no credentials: pass the apiKey option$/);
  });
});

describe("base URL", () => {
  /** The URL of the request the client hands to fetch; nothing leaves the process. */
  async function resolvedUrl(options: Parameters<typeof createWeatherStationClient>[0]): Promise<string> {
    const urls: string[] = [];
    const fetch = async (request: Request): Promise<Response> => {
      urls.push(request.url);
      return Response.json([]);
    };
    await createWeatherStationClient({ apiKey: "k", fetch: fetch as typeof globalThis.fetch, ...options }).listStations();
    return urls[0]!;
  }

  it("is the spec's server URL with the variable's default when baseUrl is not given", async () => {
    expect(await resolvedUrl({})).toBe("https://eu.weather.example/v1/stations");
  });

  it("takes the server variable from the serverVariables option", async () => {
    expect(await resolvedUrl({ serverVariables: { region: "us" } })).toBe("https://us.weather.example/v1/stations");
  });
});
