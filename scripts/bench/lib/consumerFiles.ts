/**
 * Consumer files that call operations once each, written for the same calls through our
 * generated client, through openapi-fetch typed by openapi-typescript's `paths`, and (for
 * a chosen few) through @northflank/js-client. Bodies are the spec's own examples as inline
 * literals, so every consumer is type-checked against the same values.
 */
import type { SpecOperation } from "./specOperations.js";

export function ourConsumer(operations: readonly SpecOperation[], importFrom: string): string {
  const lines = [
    `import { createNorthflankClient } from ${JSON.stringify(importFrom)};`,
    "",
    `const nf = createNorthflankClient({ token: "bench", baseUrl: "http://127.0.0.1:9" });`,
    "",
    "export async function callEveryOperation(): Promise<unknown[]> {",
    "  const results: unknown[] = [];",
  ];
  for (const operation of operations) {
    const args = callArgs(operation);
    lines.push(`  results.push(await nf.${operation.operationId}(${args}));`);
  }
  lines.push("  return results;", "}", "");
  return lines.join("\n");
}

export function openapiFetchConsumer(operations: readonly SpecOperation[], schemaImport: string): string {
  const lines = [
    `import createClient from "openapi-fetch";`,
    `import type { paths } from ${JSON.stringify(schemaImport)};`,
    "",
    `const client = createClient<paths>({ baseUrl: "http://127.0.0.1:9", headers: { Authorization: "Bearer bench" } });`,
    "",
    "export async function callEveryOperation(): Promise<unknown[]> {",
    "  const results: unknown[] = [];",
  ];
  for (const operation of operations) {
    const params = paramsObject(operation);
    const parts = [params === null ? null : `params: ${params}`, operation.hasBody ? `body: ${literal(operation.body)}` : null].filter(Boolean);
    const init = parts.length === 0 ? "" : `, { ${parts.join(", ")} }`;
    lines.push(`  results.push((await client.${operation.method.toUpperCase()}(${JSON.stringify(operation.path)}${init})).data);`);
  }
  lines.push("  return results;", "}", "");
  return lines.join("\n");
}

/**
 * The same calls through the official client, `apiClient.<verb>.<resource>({ parameters, data })`;
 * `officialCalls` names each operation's call (from the shared operation inventory).
 */
export function officialClientConsumer(operations: readonly SpecOperation[], officialCalls: Readonly<Record<string, string>>): string {
  const lines = [
    `import { ApiClient, ApiClientInMemoryContextProvider } from "@northflank/js-client";`,
    "",
    "const nf = new ApiClient(new ApiClientInMemoryContextProvider());",
    "",
    "export async function callEveryOperation(): Promise<unknown[]> {",
    "  const results: unknown[] = [];",
  ];
  for (const operation of operations) {
    const call = officialCalls[operation.operationId];
    if (call === undefined) throw new Error(`consumer: no official client call named for ${operation.operationId}`);
    const parts = [Object.keys(operation.pathValues).length > 0 ? `parameters: ${pathObject(operation)}` : null, operation.hasBody ? `data: ${literal(operation.body)}` : null].filter(Boolean);
    lines.push(`  results.push((await nf.${call}({ ${parts.join(", ")} })).data);`);
  }
  lines.push("  return results;", "}", "");
  return lines.join("\n");
}

/** Our client's one argument: `{ path, query, body }`, or nothing when the operation needs none. */
function callArgs(operation: SpecOperation): string {
  const parts: string[] = [];
  if (Object.keys(operation.pathValues).length > 0) parts.push(`path: ${pathObject(operation)}`);
  if (Object.keys(operation.requiredQuery).length > 0) parts.push(`query: ${literal(operation.requiredQuery)}`);
  if (operation.hasBody) parts.push(`body: ${literal(operation.body)}`);
  return parts.length === 0 ? "" : `{ ${parts.join(", ")} }`;
}

function paramsObject(operation: SpecOperation): string | null {
  const parts: string[] = [];
  if (Object.keys(operation.pathValues).length > 0) parts.push(`path: ${pathObject(operation)}`);
  if (Object.keys(operation.requiredQuery).length > 0) parts.push(`query: ${literal(operation.requiredQuery)}`);
  return parts.length === 0 ? null : `{ ${parts.join(", ")} }`;
}

function pathObject(operation: SpecOperation): string {
  return `{ ${Object.entries(operation.pathValues).map(([name, value]) => `${JSON.stringify(name)}: ${JSON.stringify(value)}`).join(", ")} }`;
}

function literal(value: unknown): string {
  return JSON.stringify(value ?? {});
}
