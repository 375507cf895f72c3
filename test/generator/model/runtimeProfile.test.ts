/** The profile literal and options type of the generated client (generator/model/runtimeProfile.ts, server.ts). */
import { describe, expect, it } from "vitest";
import { clientOptionsType, profileLiteral, type ProfileInput } from "../../../generator/model/runtimeProfile.js";
import { readServer } from "../../../generator/model/server.js";
import type { AuthSchemeModel } from "../../../openapi/security.js";

const NONE: ProfileInput = { server: null, schemes: new Map(), security: [], operationSecurity: [], envPrefix: null };

describe("readServer", () => {
  it("takes the first server with a URL, its variables with their defaults and enums", () => {
    const document = {
      servers: [{ description: "no url" }, { url: "https://{region}.example/{v}", variables: { region: { default: "eu", enum: ["eu", "us"] }, v: { default: "v1" } } }],
    };
    expect(readServer(document)).toEqual({
      url: "https://{region}.example/{v}",
      variables: [
        { name: "region", default: "eu", enum: ["eu", "us"] },
        { name: "v", default: "v1", enum: [] },
      ],
    });
  });

  it("is null without servers", () => {
    expect(readServer({})).toBeNull();
  });
});

describe("profileLiteral", () => {
  it("is {} for a spec that says nothing", () => {
    expect(profileLiteral(NONE)).toBe("{}");
  });

  it("writes only the schemes some requirement uses", () => {
    const schemes = new Map<string, AuthSchemeModel>([
      ["key", ["header", "X-Key"]],
      ["unused", "basic"],
      ["token", "bearer"],
    ]);
    expect(JSON.parse(profileLiteral({ ...NONE, schemes, security: [["key"]], operationSecurity: [[["token"]]], envPrefix: "ACME_" }))).toEqual({
      schemes: { key: ["header", "X-Key"], token: "bearer" },
      security: [["key"]],
      envPrefix: "ACME_",
    });
  });

  it("writes the server URL as written, with variable defaults", () => {
    const server = { url: "https://{region}.example", variables: [{ name: "region", default: "eu", enum: ["eu", "us"] }] };
    expect(JSON.parse(profileLiteral({ ...NONE, server }))).toEqual({ server: "https://{region}.example", serverVariables: { region: "eu" } });
    expect(clientOptionsType(server)).toBe('ClientOptions<{ "region": "eu" | "us" }>');
  });
});

describe("clientOptionsType", () => {
  it("is plain ClientOptions without server variables, string for a variable without an enum", () => {
    expect(clientOptionsType(null)).toBe("ClientOptions");
    expect(clientOptionsType({ url: "/api", variables: [] })).toBe("ClientOptions");
    expect(clientOptionsType({ url: "https://{host}", variables: [{ name: "host", default: "a", enum: [] }] })).toBe('ClientOptions<{ "host": string }>');
  });
});
