// npm run db:migrate
// Brings the database DATABASE_URL names to the latest migration, keeping its data. A SQLite file goes
// through `prisma migrate deploy`; a PostgreSQL database through our runner, which applies each
// migration in one transaction and records it as Prisma does (docs/decisions/044). Migrating twice
// changes nothing; a failed migration leaves the database at the one before it.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { databaseProviderOf } from "../server/database-url.js";
import { migratePostgresql } from "../server/postgres-migrations.js";
import { DEFAULT_DATABASE_URL } from "../server/data-store.js";

const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;

const stop = (sentence: string): never => {
  console.error(sentence);
  process.exit(1);
};

let provider: "sqlite" | "postgresql" = "sqlite";
try {
  provider = databaseProviderOf(url);
} catch (error) {
  stop((error as Error).message);
}

if (provider === "sqlite") {
  try {
    execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, DATABASE_URL: url },
    });
  } catch {
    stop("Migrating the SQLite database failed (Prisma's message is above).");
  }
} else {
  try {
    const { applied } = await migratePostgresql(url);
    for (const name of applied) console.log(`Applied ${name}.`);
    console.log(
      applied.length === 0
        ? "The PostgreSQL database was already at the latest migration; nothing was changed."
        : `The PostgreSQL database is at the latest migration (${applied.length} applied now).`,
    );
  } catch (error) {
    stop(error instanceof Error ? error.message : String(error));
  }
}
