// The maintenance thread started by server/arrival-order-schedule.js: every interval, if anyone has
// committed since the last run, rewrite the database in key order and empty the WAL. It has its own
// connection, so the server's event loop never waits for VACUUM; the server's writes wait for the
// lock without blocking (app/database/sqlite-write-queue.server.ts), its reads carry on.
import { parentPort, workerData } from "node:worker_threads";
import { openForMaintenance, removeArrivalOrder } from "./arrival-order.js";

const { file, intervalMs } = /** @type {{ file: string; intervalMs: number }} */ (workerData);

/** @type {import("better-sqlite3").Database | undefined} */
let connection;
/** data_version when the last run began; undefined until the first run, which always happens. */
let versionAtLastRun;

function runIfChanged() {
  try {
    // Opened at the first run, never before: a missing file stays missing (fileMustExist).
    connection ??= openForMaintenance(file);
    // data_version changes whenever another connection commits. It is read before VACUUM, so a
    // commit that lands just after VACUUM still triggers the next run.
    const version = connection.pragma("data_version", { simple: true });
    if (version === versionAtLastRun) return;
    const report = removeArrivalOrder(connection);
    versionAtLastRun = version;
    parentPort?.postMessage({ type: "done", report });
  } catch (error) {
    parentPort?.postMessage({
      type: "failed",
      message: error instanceof Error ? error.message : String(error),
    });
  }
}

setInterval(runIfChanged, intervalMs);
