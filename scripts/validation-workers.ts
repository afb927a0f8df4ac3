import { Worker } from "node:worker_threads";
import { replicationSeed, runReplication, type PublishedEstimands } from "../analysis/validation";
import { loadDefaultInstrument } from "../instrument/default-instrument";
import type { ReplicationJob } from "./validation-worker";

/** Replications in order, and each one's own run time in milliseconds. */
export type ReplicationRuns = { runs: PublishedEstimands[]; ms: number[] };

/**
 * A worker thread running a TypeScript file: tsx's loader is registered inside the thread first (a worker does
 * not inherit it from `tsx script.ts`).
 */
function typeScriptWorker(file: URL, workerData: unknown): Worker {
  const tsx = import.meta.resolve("tsx/esm/api");
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(file.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData });
}

function inProcess(job: ReplicationJob, reps: number, onDone: (done: number) => void): ReplicationRuns {
  const definition = loadDefaultInstrument();
  const runs: PublishedEstimands[] = [];
  const ms: number[] = [];
  for (let rep = 0; rep < reps; rep++) {
    const started = performance.now();
    const { scenario, n, bootstrapB } = job;
    runs.push(runReplication({ definition, scenario, n, seed: replicationSeed(job.seed, rep), bootstrapB }));
    ms.push(performance.now() - started);
    onDone(rep + 1);
  }
  return { runs, ms };
}

/**
 * Runs replications 0 … reps − 1 of a job on `workers` threads (in this thread when 1), handing each free
 * thread the next replication. Replication r always uses panel seed replicationSeed(seed, r) and results are
 * returned in replication order, so the output does not depend on the number of threads or their timing.
 */
export async function runReplications(
  job: ReplicationJob,
  reps: number,
  workers: number,
  onDone: (done: number) => void = () => {},
): Promise<ReplicationRuns> {
  if (workers <= 1) return inProcess(job, reps, onDone);
  const runs: PublishedEstimands[] = new Array(reps);
  const ms: number[] = new Array(reps).fill(0);
  let next = 0;
  let done = 0;
  const threads = Array.from({ length: Math.min(workers, reps) }, () =>
    typeScriptWorker(new URL("./validation-worker.ts", import.meta.url), job),
  );
  await Promise.all(
    threads.map(
      (thread) =>
        new Promise<void>((resolve, reject) => {
          const hand = () => thread.postMessage(next < reps ? next++ : null);
          thread.on("message", (message: { rep: number; result: PublishedEstimands; ms: number }) => {
            runs[message.rep] = message.result;
            ms[message.rep] = message.ms;
            onDone(++done);
            hand();
          });
          thread.on("error", reject);
          thread.on("exit", () => resolve());
          thread.once("online", hand);
        }),
    ),
  );
  if (done < reps) throw new Error(`validate:analysis: only ${done} of ${reps} replications finished`);
  return { runs, ms };
}
