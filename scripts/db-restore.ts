// npm run db:restore -- <file>
// Restores a PostgreSQL backup made by db:backup into the new, empty database DATABASE_URL names
// (scripts/backup/postgres-restore.ts; docs/deploy.md, "Backups and restore"). A SQLite backup is a
// database file already: the procedure is printed instead.
import { environment } from "./cli-environment";
import { existsSync } from "node:fs";
import path from "node:path";
import { databaseProviderOf } from "../server/database-url.js";
import { restorePostgres } from "./backup/postgres-restore";

const source = process.argv[2];
if (!source || !existsSync(path.resolve(source))) {
  console.error("Usage: npm run db:restore -- <backup file>   (a file made by npm run db:backup)");
  process.exit(2);
}
if (databaseProviderOf(environment.DATABASE_URL) === "sqlite") {
  console.error(
    "On SQLite a backup is a database file: stop the server, move the file to DATABASE_URL's path (delete any -wal/-shm files beside the old one) and start the server.",
  );
  process.exit(2);
}
await restorePostgres(environment.DATABASE_URL, path.resolve(source)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
