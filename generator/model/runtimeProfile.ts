/**
 * The runtime profile the generated client passes to `createRuntime` (runtime/profile.ts),
 * as TypeScript text, and the client's options type. Only what the spec says is written:
 * every byte here is in every bundle of the client.
 */
import type { ServerModel } from "./server.js";
import type { AuthSchemeModel, SecurityModel } from "../../openapi/security.js";

export interface ProfileInput {
  readonly server: ServerModel | null;
  readonly schemes: ReadonlyMap<string, AuthSchemeModel>;
  readonly security: SecurityModel;
  /** Every operation's own security that differs from `security`. */
  readonly operationSecurity: readonly SecurityModel[];
  readonly envPrefix: string | null;
}

/** The profile object literal (JSON text). */
export function profileLiteral(input: ProfileInput): string {
  const { server, security, envPrefix } = input;
  const used = new Set([security, ...input.operationSecurity].flat(2));
  const schemes = Object.fromEntries([...input.schemes].filter(([name]) => used.has(name)));
  return JSON.stringify({
    ...(server !== null && { server: server.url }),
    ...(server !== null && server.variables.length > 0 && { serverVariables: Object.fromEntries(server.variables.map((variable) => [variable.name, variable.default])) }),
    ...(Object.keys(schemes).length > 0 && { schemes }),
    ...(security.length > 0 && { security }),
    ...(envPrefix !== null && { envPrefix }),
  });
}

/** `ClientOptions`, typed with the server's variables when it has any: `ClientOptions<{ region: "eu" | "us" }>`. */
export function clientOptionsType(server: ServerModel | null): string {
  if (server === null || server.variables.length === 0) return "ClientOptions";
  const fields = server.variables.map(
    (variable) => `${JSON.stringify(variable.name)}: ${variable.enum.length > 0 ? variable.enum.map((value) => JSON.stringify(value)).join(" | ") : "string"}`,
  );
  return `ClientOptions<{ ${fields.join("; ")} }>`;
}
