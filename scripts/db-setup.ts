// npm run db:setup -- [--init] [--demo]        (npm run db:seed-demo is db:setup --demo)
// Brings the database to the current schema, keeping its data. What it may create depends on
// where it runs (docs/decisions/015-safe-start-up-and-refusals.md):
// - a local install (NODE_ENV is not "production": `npm start`, `npm run dev` on a laptop)
//   creates a missing database and seeds the demo into it, and says so loudly;
// - a production start (NODE_ENV=production) refuses a missing database unless --init, and never
//   seeds the demo unless --demo (`npm run db:seed-demo`).
// A store that is read-only, in use or damaged stops it with one sentence before Prisma runs.
import { environment } from "./cli-environment";
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import {
  databaseFileFromUrl,
  folderIsShared,
  PRIVATE_FOLDER_MODE,
  restrictDatabaseFiles,
} from "../server/data-store.js";
import { databaseProviderOf } from "../server/database-url.js";
import { migratePostgresql, migrationStatus } from "../server/postgres-migrations.js";
import { postgresWhere } from "../server/postgres-store-check.js";
import { findStoreProblem } from "../server/store-check.js";
import { parseSetupOptions } from "./db-setup-options";

// Everything this process and Prisma's child create (folder, database, -wal, -shm) is the owner's alone.
process.umask(0o077);

const stop = (sentence: string, code = 1): never => {
  console.error(sentence);
  process.exit(code);
};

const options =
  parseSetupOptions(process.argv.slice(2)) ?? stop("Usage: npm run db:setup -- [--init] [--demo]", 2);
const production = environment.NODE_ENV === "production";
const mayCreate = options.init || !production;
const onPostgres = databaseProviderOf(environment.DATABASE_URL) === "postgresql";
const { creating, where } = onPostgres ? await migratePostgres() : migrateSqlite();

/** A SQLite file: checked, created when allowed, migrated by Prisma, then made private. */
function migrateSqlite(): { creating: boolean; where: string } {
  const file = databaseFileFromUrl(environment.DATABASE_URL);
  const problem = findStoreProblem(file, {
    exclusive: true,
    timeoutMs: 2000,
    ifMissing:
      "restore it from a backup or mount its volume, or create an empty one with `npm run db:setup -- --init`",
  });
  const creating = problem?.kind === "missing" && mayCreate;
  if (problem && !creating) stop(problem.sentence);
  if (creating) {
    try {
      mkdirSync(path.dirname(file), { recursive: true, mode: PRIVATE_FOLDER_MODE });
    } catch (error) {
      stop(
        `The data folder ${path.dirname(file)} cannot be created (${String(error)}): create it, or point DATABASE_URL elsewhere.`,
      );
    }
  }
  try {
    execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, DATABASE_URL: `file:${file}` },
    });
  } catch {
    stop(`Migrating the database at ${file} failed (Prisma's message is above); nothing else was changed.`);
  }
  for (const narrowed of restrictDatabaseFiles(file))
    console.log(`Made ${narrowed} readable by its owner only.`);
  if (folderIsShared(path.dirname(file))) {
    console.log(
      `Note: other users can list ${path.dirname(file)}; \`chmod 700\` it to keep even file names private.`,
    );
  }
  return { creating, where: `at ${file}` };
}

/**
 * A PostgreSQL database: it must exist (the server's administrator creates it); one with no migration
 * yet counts as new, and is migrated only when creating is allowed. Each migration is one transaction
 * (server/postgres-migrations.js), so a failure leaves the database at the one before.
 */
async function migratePostgres(): Promise<{ creating: boolean; where: string }> {
  const url = environment.DATABASE_URL;
  const where = postgresWhere(url);
  try {
    const status = await migrationStatus(url);
    const creating = status.applied.length === 0;
    if (creating && !mayCreate)
      stop(
        `The database ${where} is empty: create the tables with \`npm run db:setup -- --init\`, or correct DATABASE_URL.`,
      );
    for (const name of (await migratePostgresql(url)).applied) console.log(`Applied ${name}.`);
    return { creating, where };
  } catch (error) {
    return stop(error instanceof Error ? error.message : String(error));
  }
}

if (creating) {
  console.log(
    production
      ? `Created a new, empty database ${where} (--init).`
      : `Created a new database ${where}, because there was none and this is a local install (NODE_ENV is not "production").`,
  );
}
if (options.demo || (creating && !production)) {
  // Imported only when seeding: these modules open the database, which exists only from here on.
  const { disconnectDatabase, prisma } = await import("../app/db.server");
  const { seedDemoIfEmpty } = await import("../prisma/seed");
  const { DEMO_RESEARCHER_EMAIL } = await import("../app/auth/researchers.server");
  const { DEMO_STUDENT_EMAIL } = await import("../prisma/demo-members");
  const { DEMO_PANEL_SIZE } = await import("../app/surveys/synthetic-panel.server");
  try {
    if (await seedDemoIfEmpty(prisma)) {
      console.log(
        `Seeded the DEMO: an open survey, ${DEMO_PANEL_SIZE} synthetic responses, a published finding, a two-wave synthetic panel study with its within-person finding, the researcher ${DEMO_RESEARCHER_EMAIL} (owner) and ${DEMO_STUDENT_EMAIL} (viewer), whose passwords are published in the README.\n` +
          `Anyone who can reach this server can sign in with them; before others can, run: npm run lab:add-researcher -- --email you@example.org --replace-demo`,
      );
    } else {
      console.log(
        "The database already has surveys; the demo is only seeded into an empty one. Nothing was added.",
      );
    }
  } finally {
    await disconnectDatabase();
  }
} else if (creating) {
  console.log(
    "Next: `npm run lab:add-researcher -- --email you@example.org` for your account (`npm run db:seed-demo` adds the demo).",
  );
} else {
  console.log(`The database ${where} is up to date; its data was kept.`);
}
