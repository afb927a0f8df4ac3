// Memory and time of `npm run analyze -- --survey` on a large survey in the database (issue 13: the analysis reads
// responses in pages, never the whole table in one result, on either database).
//
//   npm run bench:analyze-memory -- [--responses=100000] [--postgres=<server url>] [--keep]
//
// Makes a throwaway database — a SQLite file, or with --postgres a new database on that server (e.g. the cluster
// of scripts/ci/postgres-cluster.sh) — adds the default survey and that many synthetic responses, then runs the
// analysis CLI on it as `npm run analyze` does and reports its peak resident memory (VmHWM, read from /proc
// while it runs; the high-water mark only grows, so the last reading is the peak) and its wall time.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { loadDefaultInstrument } from "../instrument/default-instrument";
import {
  BENCH_SLUG,
  createThrowawayDatabase,
  createThrowawayPostgresDatabase,
  seedSurvey,
} from "./bench-server";
import { writeSyntheticResponses, writeSyntheticResponsesToPostgres } from "./synthetic-responses";

const { values: options } = parseArgs({
  options: {
    responses: { type: "string", default: "100000" },
    postgres: { type: "string" },
    keep: { type: "boolean", default: false },
  },
});
const responses = Number(options.responses);
// The app's code (seeding here, the CLI's database loader) requires a session secret on PostgreSQL.
process.env.SESSION_SECRET ??= randomBytes(32).toString("hex");
const definition = loadDefaultInstrument();

async function makeDatabase(): Promise<{ url: string; kind: string; remove(): Promise<void> }> {
  if (options.postgres) {
    const database = await createThrowawayPostgresDatabase(options.postgres);
    const { versionId } = await seedSurvey(database.url, definition);
    await writeSyntheticResponsesToPostgres(database.url, versionId, definition, responses);
    return { url: database.url, kind: "PostgreSQL", remove: () => database.drop() };
  }
  const database = createThrowawayDatabase();
  const { versionId } = await seedSurvey(database.url, definition);
  writeSyntheticResponses(database.file, versionId, definition, responses);
  return {
    url: database.url,
    kind: "SQLite",
    remove: async () => rmSync(database.directory, { recursive: true, force: true }),
  };
}

/** The process's peak resident memory so far, in MB, or undefined once it has gone. */
function peakResidentMb(pid: number): number | undefined {
  try {
    const line = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return line ? Number(line[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

console.log(`Writing ${responses.toLocaleString("en")} synthetic responses…`);
const database = await makeDatabase();
const { disconnectDatabase } = await import("../app/db.server");
await disconnectDatabase();
console.log(
  `Load average: ${loadavg()
    .map((value) => value.toFixed(2))
    .join(", ")} (other work on this 2-core machine slows the time below, not the memory)`,
);

const started = performance.now();
const child = spawn(process.execPath, ["--import", "tsx", "scripts/analyze.ts", "--survey", BENCH_SLUG], {
  env: { ...process.env, DATABASE_URL: database.url },
  stdio: ["ignore", "ignore", "pipe"],
});
let stderr = "";
child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
let peak = 0;
const sampler = setInterval(() => {
  peak = Math.max(peak, peakResidentMb(child.pid ?? 0) ?? 0);
}, 50);
const exitCode = await new Promise<number | null>((resolve) => child.on("exit", resolve));
clearInterval(sampler);
const seconds = (performance.now() - started) / 1000;

console.log(
  `\nnpm run analyze -- --survey ${BENCH_SLUG} on ${database.kind}, ${responses.toLocaleString("en")} responses:`,
);
console.log(`  exit code ${exitCode}, ${seconds.toFixed(1)} s, peak resident memory ${peak.toFixed(0)} MB`);
if (exitCode !== 0) console.log(stderr.slice(-2000));
if (options.keep) console.log(`Database kept: ${database.url}`);
else await database.remove();
process.exitCode = exitCode === 0 ? 0 : 1;
