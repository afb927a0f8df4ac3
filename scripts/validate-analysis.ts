// Validation of the survey analysis by simulation (issue 10; docs/validation.md): runs the full analysis on
// --reps synthetic panels of a scenario and prints, per published estimand, the truth, bias, RMSE, interval
// coverage and rejection rate, then the family-wise rejection rates and the leaver verdicts' shares.
// Exit codes: 0 done, 2 invalid arguments.
import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { formatValidationReport, SCENARIO_TRUTHS, summariseReplications } from "../analysis/validation";
import { parseValidateAnalysisArgs, VALIDATE_ANALYSIS_USAGE } from "./validate-analysis-args";
import { runReplications } from "./validation-workers";

const parsed = parseValidateAnalysisArgs(process.argv.slice(2));
if (!parsed.ok) {
  console.error(`${parsed.message}\n\n${VALIDATE_ANALYSIS_USAGE}`);
  process.exit(2);
}
const { args } = parsed;
const truth = SCENARIO_TRUTHS[args.scenario];
// Survivor bias shows against the same structure without selective leaving: the planted scenario.
const reference = args.scenario === "survivor" ? SCENARIO_TRUTHS.planted : undefined;

const started = performance.now();
let reported = 0;
const { runs, ms } = await runReplications(
  { scenario: args.scenario, n: args.n, seed: args.seed, bootstrapB: args.bootstrap },
  args.reps,
  args.workers,
  (done) => {
    if (done === args.reps || done - reported >= Math.max(1, Math.round(args.reps / 10))) {
      reported = done;
      process.stderr.write(`${done}/${args.reps} replications\n`);
    }
  },
);
const wall = (performance.now() - started) / 1000;
const summary = summariseReplications(runs, truth);
const perRep = ms.reduce((a, b) => a + b, 0) / ms.length;

console.log(
  `Scenario ${args.scenario}: ${args.reps} replications, n = ${args.n}, panel seeds ${args.seed}…${args.seed + args.reps - 1}, ` +
    `bootstrap B = ${args.bootstrap} (fixed: no precision rule, decision 028); truth from a ${truth.draw.n.toLocaleString("en")}-person draw`,
);
console.log(`${truth.description}\n`);
console.log(formatValidationReport(summary, truth, reference));
console.log(
  `\nTime: ${wall.toFixed(1)} s on ${args.workers} worker${args.workers === 1 ? "" : "s"}, ` +
    `${((1000 * wall) / args.reps).toFixed(0)} ms per replication (each one ${perRep.toFixed(0)} ms of its thread); ` +
    `load average ${loadavg()[0]!.toFixed(1)}`,
);
if (args.json) {
  writeFileSync(
    args.json,
    JSON.stringify({ args, wallSeconds: wall, msPerReplication: perRep, summary }, null, 2),
  );
  console.log(`Wrote ${args.json}`);
}
