#!/usr/bin/env node
// Entry point of the `northflank-openapi` command. A source checkout (generator/ is there)
// runs the TypeScript through tsx, so an old `npm run build` never shadows the source; an
// installed package ships only dist/ and runs the compiled CLI.
import { existsSync } from "node:fs";

const root = new URL("../", import.meta.url);
const source = new URL("cli/main.ts", root);

if (existsSync(source)) {
  const { register } = await import("tsx/esm/api");
  register();
  await import(source.href);
} else {
  await import(new URL("dist/cli/main.js", root).href);
}
