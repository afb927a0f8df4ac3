// Issue 10 item 6's figures: what the bootstrap precision rule (decision 028) costs on the demo analysis. The
// demo panel (n = 800, seed 1, the demo's exclusions) is analysed with a fixed B = 2,000 (the validation harness's
// setting, and the analysis before the rule) and with the rule (start 2,000, double to 64,000 at most); each run is
// runSurveyAnalysis plus the chart specs, as the lab's analysis page does. Prints the B each interval used, the
// Monte Carlo error of its bounds, and the wall time (median and fastest of --runs, alternating the two settings).
// Asserts nothing. Usage: npm run bench:bootstrap-precision [-- --n 800 --seed 1 --runs 7]
import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";
import {
  buildCharts,
  formatInterval,
  formatNumber,
  generateSyntheticPanel,
  runSurveyAnalysis,
} from "../analysis";
import { renderChartSvg } from "../analysis/render";
import { withDemoExclusions } from "../analysis/validation";
import { loadDefaultInstrument } from "../instrument/default-instrument";

const { values } = parseArgs({
  options: {
    n: { type: "string", default: "800" },
    seed: { type: "string", default: "1" },
    runs: { type: "string", default: "7" },
  },
});
const definition = loadDefaultInstrument();
const panel = generateSyntheticPanel(definition, { n: Number(values.n), seed: Number(values.seed) });
const responses = withDemoExclusions(definition, panel);

const settings = {
  "fixed B = 2,000": { bootstrapB: 2000, bootstrapMaxB: 2000 },
  "precision rule": { bootstrapB: 2000 },
} as const;
type Setting = keyof typeof settings;

async function analyse(setting: Setting) {
  const started = performance.now();
  const results = runSurveyAnalysis({ definition, responses, options: settings[setting] });
  const analysed = performance.now() - started;
  await Promise.all(buildCharts(results).charts.map((chart) => renderChartSvg(chart.spec)));
  return { results, analysed, page: performance.now() - started };
}

await analyse("precision rule"); // warm-up for the JIT, not timed
const times: Record<Setting, { analysed: number[]; page: number[] }> = {
  "fixed B = 2,000": { analysed: [], page: [] },
  "precision rule": { analysed: [], page: [] },
};
const last = {} as Record<Setting, Awaited<ReturnType<typeof analyse>>["results"]>;
for (let run = 0; run < Number(values.runs); run++) {
  for (const setting of Object.keys(settings) as Setting[]) {
    const { results, analysed, page } = await analyse(setting);
    times[setting].analysed.push(analysed);
    times[setting].page.push(page);
    last[setting] = results;
  }
}

console.log(
  `Demo panel: n = ${values.n}, seed ${values.seed}, ${last["precision rule"].sample.analysed} analysed`,
);
for (const setting of Object.keys(settings) as Setting[]) {
  console.log(`\n${setting}: BCa 95% CI of high − low support [MCSE of lower, upper bound]`);
  for (const c of last[setting].supportGroups.comparisons) {
    const b = c.tests?.bootstrap;
    if (!b) continue;
    const mcse = b.mcse.bca.map((m) => formatNumber(m, 3)).join(", ");
    console.log(
      `  ${c.outcome.label.padEnd(34)} B = ${String(b.B).padStart(6)}  ${formatInterval(b.bca, b.digits).padEnd(18)}` +
        ` [${mcse}]  digits ${b.digits}${b.reached ? "" : " (not reached)"}`,
    );
  }
}
const sorted = (v: number[]) => [...v].sort((a, b) => a - b);
const median = (v: number[]) => sorted(v)[Math.floor(v.length / 2)]!;
console.log(`\n${values.runs} runs each, alternating; median (fastest) wall time:`);
console.log(`  ${"".padEnd(18)} runSurveyAnalysis     + chart specs and SVGs (as the lab's analysis page)`);
for (const setting of Object.keys(settings) as Setting[]) {
  const { analysed, page } = times[setting];
  const cell = (t: number[]) => `${median(t).toFixed(0)} ms (${sorted(t)[0]!.toFixed(0)})`.padEnd(22);
  console.log(`  ${setting.padEnd(18)} ${cell(analysed)}${cell(page)}`);
}
const extra = (key: "analysed" | "page") =>
  (median(times["precision rule"][key]) - median(times["fixed B = 2,000"][key])).toFixed(0);
console.log(
  `  extra time of the rule (median − median): ${extra("analysed")} ms, ${extra("page")} ms with the charts`,
);
console.log(
  `  load average now: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")} on ${availableParallelism()} cores`,
);
