#!/usr/bin/env node
// Entry point of the `northflank-openapi` command. An installed package runs the
// compiled CLI from dist/; a source checkout (no dist/) runs the TypeScript through tsx.
import { existsSync } from "node:fs";

const root = new URL("../", import.meta.url);
const compiled = new URL("dist/generator/cli/main.js", root);

if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(new URL("generator/cli/main.ts", root).href);
}
