import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { migratePostgresql } from "../server/postgres-migrations.js";
import type { InstrumentDefinition } from "../instrument/definition-schema";

export const BENCH_SLUG = "load-bench";

/** A migrated throwaway database in a new temporary folder. */
export function createThrowawayDatabase(): { directory: string; file: string; url: string } {
  const directory = mkdtempSync(path.join(tmpdir(), "ns-bench-"));
  const file = path.join(directory, "bench.db");
  const url = `file:${file}`;
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
    stdio: "ignore",
    env: { ...process.env, DATABASE_URL: url },
  });
  return { directory, file, url };
}

export type ThrowawayPostgresDatabase = { url: string; drop(): Promise<void> };

/**
 * A new, migrated database on the PostgreSQL server that `serverUrl` reaches (a role that may create
 * databases, e.g. the cluster of scripts/ci/postgres-cluster.sh), dropped by `drop()`.
 */
export async function createThrowawayPostgresDatabase(serverUrl: string): Promise<ThrowawayPostgresDatabase> {
  const name = `ns_bench_${randomBytes(4).toString("hex")}`;
  const onServer = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await onServer(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await migratePostgresql(url.toString());
  return { url: url.toString(), drop: () => onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** Adds an open survey with the given instrument, through the app's own code. */
export async function seedSurvey(
  url: string,
  definition: InstrumentDefinition,
): Promise<{ versionId: string }> {
  process.env.DATABASE_URL = url;
  const { prisma } = await import("../app/db.server");
  const { addInstrumentVersion } = await import("../app/surveys/instrument-versions.server");
  const survey = await prisma.survey.create({
    data: { slug: BENCH_SLUG, title: definition.title.en ?? "Bench", status: "open" },
  });
  const version = await addInstrumentVersion(survey.id, definition);
  return { versionId: version.id };
}

export type RunningServer = { origin: string; process: ChildProcess; stop(): Promise<void> };

/** Starts the production build (`node server.js`) against the database and waits for /healthz. */
export async function startProductionServer(
  url: string,
  port: number,
  nodeOptions: string[] = [],
  environment: Record<string, string | undefined> = {},
): Promise<RunningServer> {
  if (!existsSync("build/server/index.js"))
    throw new Error("No production build: run `npm run build` first.");
  const child = spawn(process.execPath, [...nodeOptions, "server.js"], {
    env: {
      ...process.env,
      // Instances that share sessions (test/integration/postgres-two-instances.test.ts) pass one secret.
      SESSION_SECRET: randomBytes(32).toString("hex"),
      ...environment,
      PORT: String(port),
      NODE_ENV: "production",
      DATABASE_URL: url,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode}`);
    const healthy = await fetch(`${origin}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) {
      const stop = () =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve(); // also once killed
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
        });
      return { origin, process: child, stop };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill("SIGKILL");
  throw new Error("The server did not become healthy within 10 s");
}
