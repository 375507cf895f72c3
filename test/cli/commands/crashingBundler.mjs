// Preloaded (`node --import`) into a CLI child process by generate.test.ts: Redocly's
// bundler fails the way a bug in it would, so the test sees how the CLI reports a
// crash that is not the input's fault.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const bundler = require("@redocly/openapi-core/lib/bundle");
bundler.bundle = async () => {
  throw new TypeError("Cannot convert undefined or null to object");
};
