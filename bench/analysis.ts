// Issue #4's figures for the analysis library: 100,000 synthetic responses, the full survey analysis with 2,000
// bootstrap resamples, timed per stage (wall clock and CPU time of this process) and in total; the same core
// statistics in R (bench/analysis.R) on the same data; and bootstrapCI's generic speed (2,000 resamples of a mean
// difference on 100,000 observations, moved here from its test). Prints figures; asserts nothing.
// Usage: npm run bench:analysis [-- --n 100000 --seed 1 --runs 3 --no-r]
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  bootstrapCI,
  buildCharts,
  createRng,
  generateSyntheticPanel,
  runSurveyAnalysis,
  writeResponsesCsv,
} from "../analysis";
import { loadDefaultInstrument } from "../instrument/default-instrument";

const { values } = parseArgs({
  options: {
    n: { type: "string", default: "100000" },
    seed: { type: "string", default: "1" },
    runs: { type: "string", default: "3" },
    "no-r": { type: "boolean" },
  },
});
const n = Number(values.n);
const seed = Number(values.seed);

/** Wall-clock and CPU (user + system) milliseconds of a piece of work. */
function timed<T>(work: () => T): { value: T; wall: number; cpu: number } {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const value = work();
  const used = process.cpuUsage(cpu);
  return { value, wall: performance.now() - wall, cpu: (used.user + used.system) / 1000 };
}
const ms = (v: number) => `${v.toFixed(0).padStart(6)} ms`;
const row = (label: string, wall: number, cpu: number) =>
  console.log(`  ${label.padEnd(26)}${ms(wall)} wall ${ms(cpu)} CPU`);

const definition = loadDefaultInstrument();
const generated = timed(() =>
  generateSyntheticPanel(definition, { n, seed }).map((r, i) => ({
    id: `r${i + 1}`,
    answers: r.answers,
    durationSeconds: r.durationSeconds,
  })),
);
const responses = generated.value;
console.log(
  `Generated ${n} synthetic responses (seed ${seed}) in ${(generated.wall / 1000).toFixed(1)} s (not part of the analysis)`,
);

// Stage boundaries from the progress callback; wall and CPU time between consecutive steps. The analysis runs
// several times (a shared machine's load varies); the stages of the fastest run are shown, and every total.
function analyse() {
  const stages: { step: string; wall: number; cpu: number }[] = [];
  let mark = { step: "", wall: 0, cpu: process.cpuUsage() };
  const run = timed(() =>
    runSurveyAnalysis({
      definition,
      responses,
      options: {
        bootstrapB: 2000,
        seed,
        onProgress: (step) => {
          const now = performance.now();
          const used = process.cpuUsage(mark.cpu);
          if (mark.step)
            stages.push({ step: mark.step, wall: now - mark.wall, cpu: (used.user + used.system) / 1000 });
          mark = { step, wall: now, cpu: process.cpuUsage() };
        },
      },
    }),
  );
  return { ...run, stages };
}
const runs = Array.from({ length: Math.max(1, Number(values.runs)) }, analyse);
const fastest = runs.reduce((best, run) => (run.wall < best.wall ? run : best));
const charts = timed(() => buildCharts(fastest.value));
console.log(
  `\nrunSurveyAnalysis, ${n} responses, B = 2000 (target ≤ 5 s on one core), fastest of ${runs.length} runs:`,
);
for (const stage of fastest.stages) row(stage.step, stage.wall, stage.cpu);
row("total", fastest.wall, fastest.cpu);
console.log(
  `  every run: ${runs.map((r) => `${(r.wall / 1000).toFixed(2)} s wall / ${(r.cpu / 1000).toFixed(2)} s CPU`).join(", ")}`,
);
row("chart specs (buildCharts)", charts.wall, charts.cpu);
const load = loadavg().map((l) => l.toFixed(1));
console.log(`  load average now: ${load.join(" ")} on ${availableParallelism()} cores`);

const rng = createRng(123);
const a = Float64Array.from({ length: 50_000 }, () => rng.next());
const b = Float64Array.from({ length: 50_000 }, () => rng.next() + 0.01);
const mean = (v: Float64Array) => {
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += v[i]!;
  return sum / v.length;
};
const generic = timed(() =>
  bootstrapCI({ samples: [a, b], statistic: (x, y) => mean(x) - mean(y), B: 2000, seed: 9 }),
);
console.log(`\nbootstrapCI, generic statistic, mean difference of 2 × 50,000 uniforms, B = 2000:`);
row("bootstrapCI", generic.wall, generic.cpu);

if (!values["no-r"]) {
  const folder = mkdtempSync(path.join(tmpdir(), "bench-analysis-"));
  try {
    const csv = path.join(folder, "responses.csv");
    writeFileSync(csv, writeResponsesCsv(definition, responses));
    console.log(`\nR (bench/analysis.R, the same core statistics on the same responses, exported as CSV):`);
    const output = execFileSync("Rscript", [path.join(import.meta.dirname, "analysis.R"), csv], {
      encoding: "utf8",
    });
    process.stdout.write(output.replace(/^/gm, "  "));
  } catch (error) {
    console.log(`  R not run: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
