// Stop the Prisma CLI from fetching native engines: this project runs the JS engine
// through driver adapters only (see docs/decisions/002-prisma-driver-adapters.md).
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= "/dev/null";
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/dev/null";
// With a config file Prisma does not read .env; this default matches app/db.server.ts.
process.env.DATABASE_URL ??= "file:./data/negative-space.db";

import path from "node:path";
import { defineConfig } from "prisma/config";
import { databaseProviderOf } from "./server/database-url.js";

// DATABASE_URL picks the database: a file: URL the SQLite schema and history, a postgresql:// URL the
// PostgreSQL ones generated beside it (docs/decisions/044-postgresql-schema-and-migrations.md).
const url = process.env.DATABASE_URL;
const postgresql = databaseProviderOf(url) === "postgresql";
const folder = postgresql ? path.join("prisma", "postgresql") : "prisma";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(folder, "schema.prisma"),
  migrations: { path: path.join(folder, "migrations") },
  // Each adapter is loaded only for its own database.
  async adapter() {
    if (postgresql) {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      return new PrismaPg({ connectionString: url });
    }
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    return new PrismaBetterSQLite3({ url });
  },
});
