/**
 * Part 4, bundle cost: esbuild `--bundle --minify --format=esm --platform=node` of a file that
 * creates a client and makes one call (getProject), raw and gzip bytes (zlib level 9): our
 * generated client, both through the client object (every operation's descriptor comes along)
 * and through the standalone endpoint function with a runtime (tree-shaken to one
 * descriptor), against openapi-fetch alone and @northflank/js-client. The platform is node
 * for all because js-client imports Node built-ins; for ours and openapi-fetch the output is
 * the same as with `neutral`.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import type { BenchContext } from "../lib/context.js";
import { findFigure, judge, setRatios } from "../lib/figures.js";
import { SeriesCollector, type PartResult } from "../lib/part.js";
import { repoPath } from "../lib/workspace.js";
import { OURS } from "./generation.js";
import { JS_CLIENT, OPENAPI_FETCH } from "./typecheck.js";


export const OURS_STANDALONE = `${OURS}, standalone function`;

/** What each entry file does: make a client, fetch one project. */
const entries: Readonly<Record<string, string>> = {
  [OURS_STANDALONE]: [
    `import { createRuntime } from ${JSON.stringify(repoPath("runtime/index.js"))};`,
    `import { getProject } from ${JSON.stringify(repoPath("generated/index.js"))};`,
    `const runtime = createRuntime({ token: "t", baseUrl: "http://127.0.0.1:9" });`,
    `export const project = await getProject(runtime, { path: { projectId: "demo" } });`,
  ].join("\n"),
  [OURS]: [
    `import { createNorthflankClient } from ${JSON.stringify(repoPath("generated/index.js"))};`,
    `const nf = createNorthflankClient({ token: "t", baseUrl: "http://127.0.0.1:9" });`,
    `export const project = await nf.getProject({ path: { projectId: "demo" } });`,
  ].join("\n"),
  [OPENAPI_FETCH]: [
    `import createClient from "openapi-fetch";`,
    `const client = createClient({ baseUrl: "http://127.0.0.1:9", headers: { Authorization: "Bearer t" } });`,
    `export const project = (await client.GET("/v1/projects/{projectId}", { params: { path: { projectId: "demo" } } })).data;`,
  ].join("\n"),
  [JS_CLIENT]: [
    `import { ApiClient, ApiClientInMemoryContextProvider } from "@northflank/js-client";`,
    `const contexts = new ApiClientInMemoryContextProvider();`,
    `await contexts.addContext({ name: "bench", token: "t", host: "http://127.0.0.1:9" });`,
    `const nf = new ApiClient(contexts);`,
    `export const project = (await nf.get.project({ parameters: { projectId: "demo" } })).data;`,
  ].join("\n"),
};

/** The gzip allowance of a standalone call over openapi-fetch's size, in bytes ("plus 4 kB"). */
const GZIP_ALLOWANCE_BYTES = 4_000;
/** The gzip ceiling of a one-call bundle through the client object, whatever the spec's size. */
const CLIENT_OBJECT_GZIP_BYTES = 15_000;

export async function runBundle(context: BenchContext): Promise<PartResult> {
  const folder = await context.workspace.repoLikeFolder("bundle");
  const collector = new SeriesCollector();
  for (const [subject, source] of Object.entries(entries)) {
    const entry = path.join(folder, `${subject.replace(/\W+/g, "-")}.ts`);
    await writeFile(entry, `${source}\n`);
    for (let run = 1; run <= context.runs; run++) {
      context.log(`bundle: ${subject}, run ${run}/${context.runs}`);
      const bytes = await bundleBytes(entry, folder);
      const key = { part: "bundle", input: "create + one call", subject } as const;
      collector.add({ ...key, measure: "minified", unit: "bytes" }, bytes.length);
      collector.add({ ...key, measure: "minified + gzip", unit: "bytes" }, gzipSync(bytes, { level: 9 }).length);
    }
  }
  const figures = collector.figures();
  setRatios(figures, OPENAPI_FETCH);
  const ours = findFigure(figures, OURS, "minified + gzip", "create + one call");
  const standalone = findFigure(figures, OURS_STANDALONE, "minified + gzip", "create + one call");
  const anchor = findFigure(figures, OPENAPI_FETCH, "minified + gzip", "create + one call");
  if (standalone !== undefined && anchor !== undefined) judge(standalone, "≤ openapi-fetch + 4,000 B gzip", standalone.median <= anchor.median + GZIP_ALLOWANCE_BYTES);
  if (ours !== undefined) judge(ours, "≤ 15,000 B gzip", ours.median <= CLIENT_OBJECT_GZIP_BYTES);
  return { figures, notes: ["bundle: esbuild --bundle --minify --format=esm --platform=node; gzip at level 9"] };
}

async function bundleBytes(entry: string, folder: string): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: folder,
    bundle: true,
    minify: true,
    format: "esm",
    platform: "node",
    target: "node20",
    write: false,
    logLevel: "silent",
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error(`bundle: esbuild wrote nothing for ${entry}`);
  return output.contents;
}
