import { configDefaults, defineConfig } from "vitest/config";

/** Tests that drive the command line or the packed packages in child processes: slow, so not in `npm test`. */
const END_TO_END = ["test/package/**/*.test.ts", "test/cli/commands/**/*.test.ts", "test/cli/watchSpec.test.ts", "test/cli/config/cli.test.ts"];
/** The benchmark's smoke run (every part, one short round). */
const BENCH = ["test/bench/bench.smoke.test.ts"];

export default defineConfig({
  test: {
    // Type-checking generated code and packing the packages are slow on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["test/**/*.test.ts"], exclude: [...configDefaults.exclude, ...END_TO_END, ...BENCH] } },
      { extends: true, test: { name: "e2e", include: END_TO_END } },
      { extends: true, test: { name: "bench", include: BENCH } },
    ],
  },
});
