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
    testTimeout: 20_000,
  },
});
