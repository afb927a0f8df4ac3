import Database from "better-sqlite3";
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { E2E_PORT } from "./e2e-server";

export const BASELINE_TIME = "2000-01-01T00:00:00.000+00:00";

/**
 * Moves every date-time the set-up wrote (migration times, the seeded survey's and researcher's
 * creation times) to BASELINE_TIME and rewrites the file, so that any time near "now" found in
 * it later was written by what the test did. (The triggers that freeze answered versions are
 * lifted for the moment and put back as they were.)
 */
function backdateSetUp(file: string): void {
  const db = new Database(file);
  try {
    db.transaction(() => {
      const triggers = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all() as {
        name: string;
        sql: string;
      }[];
      for (const { name } of triggers) db.exec(`DROP TRIGGER "${name}"`);
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
        name: string;
      }[];
      for (const { name } of tables) {
        const columns = (
          db.prepare(`PRAGMA table_info("${name}")`).all() as { name: string; type: string }[]
        ).filter((column) => /date|time/i.test(column.type));
        for (const column of columns)
          db.prepare(`UPDATE "${name}" SET "${column.name}" = ? WHERE "${column.name}" IS NOT NULL`).run(
            BASELINE_TIME,
          );
      }
      for (const { sql } of triggers) db.exec(sql);
    })();
    db.exec("VACUUM");
    db.pragma("wal_checkpoint(TRUNCATE)");
  } finally {
    db.close();
  }
}

export type IsolatedServer = { origin: string; databaseFile: string; stop(): Promise<void> };

/**
 * The production build (built by Playwright's webServer) on its own port and its own freshly
 * seeded database, for tests that inspect the database file byte by byte.
 */
export async function startIsolatedServer(name: string, portOffset: number): Promise<IsolatedServer> {
  const directory = path.resolve(`test-results/e2e-isolated-${E2E_PORT}-${name}`);
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  const databaseFile = path.join(directory, "isolated.db");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: `file:${databaseFile}`,
    NODE_ENV: "production",
    SESSION_SECRET: "isolated-session-secret-long-enough-to-pass",
  };
  execFileSync("npm", ["run", "db:seed-demo", "--", "--init"], { env, stdio: "ignore" });
  backdateSetUp(databaseFile);

  const port = E2E_PORT + portOffset;
  const child = spawn(process.execPath, ["server.js"], {
    env: { ...env, PORT: String(port) },
    stdio: "ignore",
  });
  const origin = `http://localhost:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    if (
      await fetch(`${origin}/healthz`).then(
        (response) => response.ok,
        () => false,
      )
    ) {
      return {
        origin,
        databaseFile,
        stop: () =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once("exit", () => resolve());
            child.kill("SIGTERM");
          }),
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill("SIGKILL");
  throw new Error(`The isolated server on port ${port} did not start`);
}
