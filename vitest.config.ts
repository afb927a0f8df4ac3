import { availableParallelism } from "node:os";
import tsconfigPaths from "vite-tsconfig-paths";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    include: ["test/unit/**/*.test.ts", "test/integration/**/*.test.ts", "analysis/**/*.test.ts"],
    globalSetup: ["test/setup/migrated-base-db.ts"],
    setupFiles: ["test/setup/isolated-db.ts", "test/setup/fail-on-console-error.ts"],
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
    pool: "forks",
    // One test file per core. Vitest's own default is one fewer than the cores, which on CI's two cores ran
    // every file one after the other (docs/performance.md, "Test suite time").
    maxWorkers: availableParallelism(),
    testTimeout: 20_000,
  },
});
