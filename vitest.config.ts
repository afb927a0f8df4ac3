import tsconfigPaths from "vite-tsconfig-paths";
import { defineConfig } from "vitest/config";

/**
 * Integration tests that are about SQLite itself (its file, its locks, its WAL, its start-up checks), or
 * that test PostgreSQL directly and run in the "sqlite" project already: the "postgresql" project leaves
 * them out. Every other integration test runs on both databases.
 */
const SQLITE_ONLY = [
  "test/integration/postgres-*.test.ts",
  "test/integration/arrival-order.test.ts",
  "test/integration/arrival-order-schedule.test.ts",
  "test/integration/database-door.test.ts",
  "test/integration/durability.test.ts",
  // Reads the SQLite file for a deleted draft's bytes (secure_delete); the deletion itself is checked on both
  // databases by respondent-journey.test.ts.
  "test/integration/privacy-residue.test.ts",
  "test/integration/start-up-server.test.ts",
  "test/integration/start-up-setup.test.ts",
  "test/integration/write-lock-wait.test.ts",
];

/** Integration tests about PostgreSQL itself through the app: the "sqlite" project leaves them out. */
const POSTGRESQL_ONLY = ["test/integration/*-postgresql.test.ts"];

const onPostgres = process.env.TEST_POSTGRES_URL
  ? [
      {
        extends: true as const,
        test: {
          name: "postgresql",
          include: ["test/integration/**/*.test.ts"],
          exclude: SQLITE_ONLY,
          setupFiles: ["test/setup/isolated-postgres-db.ts", "test/setup/fail-on-console-error.ts"],
        },
      },
    ]
  : [];

export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
    pool: "forks",
    // vitest's default on two cores is one worker; most files wait on servers, subprocesses and databases.
    maxWorkers: 2,
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: "sqlite",
          include: ["test/unit/**/*.test.ts", "test/integration/**/*.test.ts", "analysis/**/*.test.ts"],
          exclude: POSTGRESQL_ONLY,
          globalSetup: ["test/setup/migrated-base-db.ts"],
          setupFiles: ["test/setup/isolated-db.ts", "test/setup/fail-on-console-error.ts"],
        },
      },
      ...onPostgres,
    ],
  },
});
