// Starts the arrival-order maintenance (server/arrival-order-worker.js) in a worker thread of the
// process that calls it. server.js calls it once, in the cluster's primary process: with
// WEB_CONCURRENCY=2 the two request workers share one file and one maintenance thread.
import { Worker } from "node:worker_threads";
import { databaseFileFromUrl } from "./arrival-order.js";

/**
 * @typedef {{ type: "done"; report: import("./arrival-order.js").MaintenanceReport } | { type: "failed"; message: string }} MaintenanceMessage
 */

/**
 * Runs the maintenance every interval (when something was committed since the last run) until the
 * process exits. Failures are reported on stderr in one line and retried at the next interval.
 * server.js passes DATABASE_URL and ARRIVAL_ORDER_MAINTENANCE_MINUTES (the longest time arrival
 * order survives, plus one run), checked by server/environment.js.
 * @param {{ databaseUrl: string; intervalMs: number; onMessage?: (message: MaintenanceMessage) => void }} options
 */
export function startArrivalOrderMaintenance(options) {
  const file = databaseFileFromUrl(options.databaseUrl);
  const intervalMs = Math.round(options.intervalMs);
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
