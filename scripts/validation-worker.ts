// One worker thread of validate:analysis (started by scripts/validation-workers.ts): runs the replications it is
// sent, one at a time, and posts each one's published numbers and time back.
import { parentPort, workerData } from "node:worker_threads";
import { type ScenarioName } from "../analysis";
import { replicationSeed, runReplication } from "../analysis/validation";
import { loadDefaultInstrument } from "../instrument/default-instrument";

export type ReplicationJob = { scenario: ScenarioName; n: number; seed: number; bootstrapB: number };

const job = workerData as ReplicationJob;
const definition = loadDefaultInstrument();
parentPort!.on("message", (rep: number | null) => {
  if (rep === null) {
    parentPort!.close();
    return;
  }
  const started = performance.now();
  const result = runReplication({
    definition,
    scenario: job.scenario,
    n: job.n,
    seed: replicationSeed(job.seed, rep),
    bootstrapB: job.bootstrapB,
  });
  parentPort!.postMessage({ rep, result, ms: performance.now() - started });
});
