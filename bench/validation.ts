// Issue 10's figure for the validation harness: the time of one replication (generate a panel, apply the demo's
// exclusions, run the full survey analysis, collect the published numbers), by stage on one thread, and the
// time per replication when validate:analysis runs them on worker threads. Prints figures; asserts nothing.
// Usage: npm run bench:validation [-- --n 800 --reps 20 --scenario planted --bootstrap 2000 --workers 2]
import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { generateSyntheticPanel, runSurveyAnalysis, type ScenarioName } from "../analysis";
import { publishedEstimands, replicationSeed, withDemoExclusions } from "../analysis/validation";
import { loadDefaultInstrument } from "../instrument/default-instrument";
import { runReplications } from "../scripts/validation-workers";

const { values } = parseArgs({
  options: {
    n: { type: "string", default: "800" },
    reps: { type: "string", default: "20" },
    scenario: { type: "string", default: "planted" },
    bootstrap: { type: "string", default: "2000" },
    workers: { type: "string", default: String(Math.min(2, availableParallelism())) },
  },
});
const n = Number(values.n);
const reps = Number(values.reps);
const scenario = values.scenario as ScenarioName;
const bootstrapB = Number(values.bootstrap);
const workers = Number(values.workers);
const definition = loadDefaultInstrument();

const stages = new Map<string, number>();
const add = (stage: string, ms: number) => stages.set(stage, (stages.get(stage) ?? 0) + ms);
// One untimed replication first, so the stages are not the JIT's warm-up.
for (let rep = -1; rep < reps; rep++) {
  const timing = rep >= 0;
  let mark = performance.now();
  const lap = (stage: string) => {
    const now = performance.now();
    if (timing) add(stage, now - mark);
    mark = now;
  };
  const panel = generateSyntheticPanel(definition, {
    n,
    seed: replicationSeed(1, Math.max(0, rep)),
    scenario,
  });
  lap("generate panel");
  const responses = withDemoExclusions(definition, panel);
  lap("demo exclusions");
  let step = "";
  const results = runSurveyAnalysis({
    definition,
    responses,
    options: {
      bootstrapB,
      bootstrapMaxB: bootstrapB, // fixed B, as runReplication (the harness) uses it
      onProgress: (next) => {
        if (step) lap(`analysis: ${step}`);
        step = next;
      },
    },
  });
  publishedEstimands(results);
  lap("published numbers");
}
const total = [...stages.values()].reduce((a, b) => a + b, 0);
console.log(`One replication of ${scenario}, n = ${n}, B = ${bootstrapB}, one thread (mean of ${reps}):`);
for (const [stage, ms] of stages)
  console.log(`  ${stage.padEnd(34)}${(ms / reps).toFixed(0).padStart(6)} ms`);
console.log(`  ${"total".padEnd(34)}${(total / reps).toFixed(0).padStart(6)} ms`);

const started = performance.now();
await runReplications({ scenario, n, seed: 1, bootstrapB }, reps, workers);
const wall = performance.now() - started;
console.log(
  `\nvalidate:analysis on ${workers} worker thread${workers === 1 ? "" : "s"}: ${reps} replications in ` +
    `${(wall / 1000).toFixed(1)} s, ${(wall / reps).toFixed(0)} ms per replication (thread start-up included); ` +
    `500 replications ≈ ${((wall / reps) * 0.5).toFixed(0)} s`,
);
console.log(
  `  load average now: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")} on ${availableParallelism()} cores`,
);
