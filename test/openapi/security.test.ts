/** Security schemes and requirements as the runtime profile carries them (generator/model/security.ts). */
import { describe, expect, it } from "vitest";
import { authScheme, readSecurity, readSecuritySchemes } from "../../openapi/security.js";

describe("authScheme", () => {
  it.each([
    [{ type: "http", scheme: "bearer", bearerFormat: "JWT" }, "bearer"],
    [{ type: "http", scheme: "Bearer" }, "bearer"],
    [{ type: "http", scheme: "basic" }, "basic"],
    [{ type: "apiKey", in: "header", name: "X-Key" }, ["header", "X-Key"]],
    [{ type: "apiKey", in: "query", name: "key" }, ["query", "key"]],
    [{ type: "apiKey", in: "cookie", name: "sid" }, ["cookie", "sid"]],
    [{ type: "oauth2", flows: {} }, "bearer"],
    [{ type: "openIdConnect", openIdConnectUrl: "https://id.example/.well-known/openid-configuration" }, "bearer"],
    [{ type: "http", scheme: "digest" }, null],
    [{ type: "mutualTLS" }, null],
    [{ type: "apiKey", in: "body", name: "key" }, null],
    [{ type: "apiKey", in: "header" }, null],
  ])("%o -> %o", (scheme, want) => {
    expect(authScheme(scheme)).toEqual(want);
  });
});

describe("readSecurity", () => {
  const document = {
    components: {
      securitySchemes: {
        key: { type: "apiKey", in: "header", name: "X-Key" },
        shared: { $ref: "#/components/x-shared" },
        digest: { type: "http", scheme: "digest" },
      },
      "x-shared": { type: "http", scheme: "basic" },
    },
  };
  const schemes = readSecuritySchemes(document);

  it("reads each sendable scheme, following $refs", () => {
    expect([...schemes]).toEqual([
      ["key", ["header", "X-Key"]],
      ["shared", "basic"],
    ]);
  });

  it.each([
    [undefined, null],
    [[], []],
    [[{}], [[]]],
    [[{ key: [] }, { shared: [] }], [["key"], ["shared"]]],
    [[{ key: [], shared: [] }], [["key", "shared"]]],
    // An alternative that needs a scheme the runtime cannot send is left out.
    [[{ digest: [] }, { key: [] }], [["key"]]],
    [[{ nowhere: [] }], []],
  ])("%o -> %o", (security, want) => {
    expect(readSecurity(security, schemes)).toEqual(want);
  });
});
