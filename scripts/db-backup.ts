// npm run db:backup -- <file>
// A consistent copy of the database while the server runs, without arrival order (docs/security.md,
// "Arrival order"; docs/deploy.md, "Backups and restore"): on SQLite a checked database file
// (scripts/backup/sqlite-backup.ts), on PostgreSQL a pg_dump custom-format file made after the
// arrival-order maintenance (scripts/backup/postgres-backup.ts). Both print the copy's row counts.
import { environment } from "./cli-environment";
import { existsSync } from "node:fs";
import path from "node:path";
import { databaseProviderOf } from "../server/database-url.js";
import { backUpPostgres } from "./backup/postgres-backup";
import { backUpSqlite } from "./backup/sqlite-backup";

// A backup holds every answer: it is the owner's alone, like the database (docs/decisions/015).
process.umask(0o077);

const target = process.argv[2];
if (!target) {
  console.error("Usage: npm run db:backup -- <file>   (the file must not exist yet)");
  process.exit(2);
}
const destination = path.resolve(target);
if (existsSync(destination)) {
  console.error(`${destination} already exists; choose a new file name.`);
  process.exit(2);
}

if (databaseProviderOf(environment.DATABASE_URL) === "sqlite") {
  backUpSqlite(environment.DATABASE_URL, destination);
} else {
  await backUpPostgres(environment.DATABASE_URL, destination).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
