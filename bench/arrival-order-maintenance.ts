// What the arrival-order maintenance (server/arrival-order.js, docs/decisions/012) costs on a large database.
//
//   npm run build && npm run bench:arrival-order -- [--responses=100000] [--workers=1] [--port=3391] [--keep]
//
// 1. Fills a throwaway database with synthetic responses written as the app writes them (random rowids, in
//    arrival order) and times, on that file: the maintenance (VACUUM, then the WAL emptied), a second run
//    (what the schedule usually meets), REINDEX of the respondent tables (an alternative that leaves the
//    tables' own pages in arrival order) and VACUUM INTO (what db:backup does); with file and WAL sizes.
// 2. Starts the production build on it and keeps respondents coming — some opening the first page, some
//    sending it (each a write) — while another process runs the maintenance: the latency of their requests
//    before, during and after, and whether any failed or was lost.
import Database from "better-sqlite3";
import { execFile } from "node:child_process";
import { existsSync, rmSync, statSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { parseArgs, promisify } from "node:util";
import { loadDefaultInstrument } from "../instrument/default-instrument";
import { openForMaintenance, removeArrivalOrder, truncateWal } from "../server/arrival-order.js";
import { BENCH_SLUG, createThrowawayDatabase, seedSurvey, startProductionServer } from "./bench-server";
import { planJourney } from "./journey-plan";
import { startRespondentTraffic, summarize, type Window } from "./respondent-traffic";
import { writeSyntheticResponses } from "./synthetic-responses";

const { values: options } = parseArgs({
  options: {
    responses: { type: "string", default: "100000" },
    workers: { type: "string", default: "1" },
    port: { type: "string", default: "3391" },
    keep: { type: "boolean", default: false },
  },
});
if (!existsSync("build/server/index.js")) {
  console.error("No production build: run `npm run build` first.");
  process.exit(1);
}
const megabytes = (file: string) => (existsSync(file) ? statSync(file).size / 1e6 : 0).toFixed(1);
const seconds = (run: () => unknown) => {
  const started = performance.now();
  run();
  return ((performance.now() - started) / 1000).toFixed(2);
};
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const definition = loadDefaultInstrument();
const database = createThrowawayDatabase();
const { versionId } = await seedSurvey(database.url, definition);
const { disconnectDatabase } = await import("../app/db.server");
await disconnectDatabase();
console.log(`Writing ${options.responses} synthetic responses…`);
writeSyntheticResponses(database.file, versionId, definition, Number(options.responses));
console.log(
  `Load average: ${loadavg()
    .map((value) => value.toFixed(2))
    .join(", ")} (other work on this 2-core machine slows every figure below)`,
);

// 1. Cost on the file
const connection = openForMaintenance(database.file);
console.log(`\nDatabase: ${megabytes(database.file)} MB with ${options.responses} responses`);
const first = removeArrivalOrder(connection);
console.log(
  `Maintenance (VACUUM + empty WAL), first run: ${first.seconds.toFixed(2)} s, ${(first.bytesBefore / 1e6).toFixed(1)} → ${(first.bytesAfter / 1e6).toFixed(1)} MB, WAL emptied: ${first.walEmptied}`,
);
const vacuumOnly = seconds(() => connection.exec("VACUUM"));
const walAfterVacuum = megabytes(`${database.file}-wal`);
const emptying = seconds(() => truncateWal(connection));
console.log(
  `Maintenance, second run: VACUUM ${vacuumOnly} s (WAL grows to ${walAfterVacuum} MB), emptying the WAL ${emptying} s`,
);
const reindex = seconds(() => {
  for (const table of ["Response", "ResumeDraft", "InvitationCode"]) connection.exec(`REINDEX "${table}"`);
});
truncateWal(connection);
console.log(
  `Alternative, REINDEX of the respondent tables only (table pages keep their order): ${reindex} s`,
);
const backupFile = path.join(database.directory, "backup.db");
const vacuumInto = seconds(() => connection.prepare("VACUUM INTO ?").run(backupFile));
console.log(`Backup by VACUUM INTO (db:backup): ${vacuumInto} s, ${megabytes(backupFile)} MB`);
rmSync(backupFile);
connection.close();

// 2. Respondents while it runs
const [firstPage] = planJourney(definition);
if (!firstPage) throw new Error("The default instrument has no pages");
const server = await startProductionServer(database.url, Number(options.port), [], {
  WEB_CONCURRENCY: options.workers,
  ARRIVAL_ORDER_MAINTENANCE_MINUTES: "60", // the bench runs the maintenance itself, at a known moment
});
const traffic = startRespondentTraffic({
  origin: server.origin,
  path: `/s/${BENCH_SLUG}/p/${firstPage.pageId}`,
  fields: firstPage.fields,
  viewers: 4,
  starters: 4,
});
let window: Window = { from: 0, to: 0 };
try {
  await pause(3000);
  // Another process, as the server's maintenance thread or `npm run db:maintain` would be.
  const script = `import("./server/arrival-order.js").then((m) => { const c = m.openForMaintenance(process.argv[1]);
    const from = Date.now(); m.removeArrivalOrder(c); console.log(JSON.stringify({ from, to: Date.now() })); });`;
  // Asynchronously: a synchronous wait would stop this process's clients and look like a stall of the server.
  const { stdout } = await promisify(execFile)(process.execPath, [
    "--input-type=module",
    "-e",
    script,
    database.file,
  ]);
  window = JSON.parse(stdout);
  await pause(3000);
} finally {
  await traffic.stop();
  await server.stop();
}
const { timings } = traffic;
console.log(
  `\nRespondents against node server.js (WEB_CONCURRENCY=${options.workers}), 4 opening page "${firstPage.pageId}" and 4 sending it, one request after another; maintenance took ${((window.to - window.from) / 1000).toFixed(2)} s in another process:`,
);
for (const phase of ["before", "during", "after"] as const) {
  console.log(`  ${phase.padEnd(6)} page views: ${summarize(timings, "view", phase, window)}`);
  console.log(`  ${phase.padEnd(6)} page sends: ${summarize(timings, "start", phase, window)}`);
}
const acknowledged = timings.filter((timing) => timing.kind === "start" && timing.ok).length;
const reader = new Database(database.file, { readonly: true });
const stored = (reader.prepare('SELECT count(*) AS n FROM "ResumeDraft"').get() as { n: number }).n;
const integrity = String(reader.pragma("integrity_check", { simple: true }));
reader.close();
console.log(`Acknowledged sends ${acknowledged}, drafts stored ${stored}; integrity_check ${integrity}`);
if (!options.keep) rmSync(database.directory, { recursive: true, force: true });
else console.log(`Database kept at ${database.file}`);
process.exitCode = stored === acknowledged && integrity === "ok" ? 0 : 1;
