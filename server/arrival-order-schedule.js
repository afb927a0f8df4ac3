// Starts the arrival-order maintenance (server/arrival-order-worker.js) in a worker thread of the
// process that calls it. server.js calls it once, in the cluster's primary process: with
// WEB_CONCURRENCY=2 the two request workers share one file and one maintenance thread.
import { Worker } from "node:worker_threads";
import { databaseFileFromUrl } from "./arrival-order.js";

/** How often (at most) the file is rewritten; also the longest time arrival order survives, plus one run. */
export const DEFAULT_MAINTENANCE_MINUTES = 5;
const MAX_MAINTENANCE_MINUTES = 60;

/**
 * ARRIVAL_ORDER_MAINTENANCE_MINUTES: a number of minutes from 0.1 to 60 (default 5).
 * @param {string | undefined} value
 */
export function maintenanceIntervalMs(value) {
  if (value === undefined || value === "") return DEFAULT_MAINTENANCE_MINUTES * 60_000;
  const minutes = Number(value);
  if (!Number.isFinite(minutes) || minutes < 0.1 || minutes > MAX_MAINTENANCE_MINUTES) {
    throw new Error(
      `ARRIVAL_ORDER_MAINTENANCE_MINUTES must be a number of minutes from 0.1 to ${MAX_MAINTENANCE_MINUTES}; it is "${value}".`,
    );
  }
  return Math.round(minutes * 60_000);
}

/**
 * @typedef {{ type: "done"; report: import("./arrival-order.js").MaintenanceReport } | { type: "failed"; message: string }} MaintenanceMessage
 */

/**
 * Runs the maintenance every interval (when something was committed since the last run) until the
 * process exits. Failures are reported on stderr in one line and retried at the next interval.
 * @param {{ databaseUrl?: string; intervalMs?: number; onMessage?: (message: MaintenanceMessage) => void }} [options]
 */
export function startArrivalOrderMaintenance(options = {}) {
  const file = databaseFileFromUrl(options.databaseUrl ?? process.env.DATABASE_URL);
  const intervalMs =
    options.intervalMs ?? maintenanceIntervalMs(process.env.ARRIVAL_ORDER_MAINTENANCE_MINUTES);
  const worker = new Worker(new URL("./arrival-order-worker.js", import.meta.url), {
    workerData: { file, intervalMs },
  });
  worker.unref();
  worker.on("message", (/** @type {MaintenanceMessage} */ message) => {
    if (message.type === "failed")
      console.error(
        `Arrival-order maintenance failed (retried in ${intervalMs / 1000} s): ${message.message}`,
      );
    options.onMessage?.(message);
  });
  worker.on("error", (error) => console.error(`Arrival-order maintenance stopped: ${error.message}`));
  return worker;
}
