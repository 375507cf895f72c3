import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Type-checking generated code and packing the package are slow on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
