// A second app instance's database client: its own Prisma client and connection on the database the test
// file uses (DATABASE_URL, SQLite or PostgreSQL), as another `node server.js` would open it.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll } from "vitest";
import { PrismaClient } from "../../generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "../../generated/prisma-postgresql/client";
import { databaseProviderOf } from "../../server/database-url.js";

const opened: PrismaClient[] = [];
afterAll(async () => {
  for (const client of opened.splice(0)) await client.$disconnect();
});

export function otherInstanceDatabase(): PrismaClient {
  const url = process.env.DATABASE_URL ?? "";
  const client =
    databaseProviderOf(url) === "postgresql"
      ? (new PostgresPrismaClient({
          adapter: new PrismaPg({ connectionString: url }),
        }) as unknown as PrismaClient)
      : new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
  opened.push(client);
  return client;
}
