// Stop the Prisma CLI from fetching native engines: this project runs the JS engine
// through driver adapters only (see docs/decisions/002-prisma-driver-adapters.md).
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= "/dev/null";
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/dev/null";
// With a config file Prisma does not read .env; this default matches app/db.server.ts.
process.env.DATABASE_URL ??= "file:./data/negative-space.db";

import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return new PrismaBetterSQLite3({ url: process.env.DATABASE_URL! });
  },
});
