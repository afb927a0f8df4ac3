// The respondent's pages: the JavaScript each one makes a browser download (gzipped, read from the
// pages a scripted respondent is sent) and the survey page's median server render time. Run
// `npm run build` first. Prints figures; asserts nothing (test/e2e/respondent-scripts.spec.ts does).
//   npm run bench:survey -- [--port=3290]
import { parseArgs } from "node:util";
import { loadDefaultInstrument } from "../instrument/default-instrument";
import { BENCH_SLUG, createThrowawayDatabase, seedSurvey, startProductionServer } from "./bench-server";
import { planJourney } from "./journey-plan";
import { respondentPageWeights } from "./respondent-page-weight";

const REQUESTS = 300;
const { values: options } = parseArgs({ options: { port: { type: "string", default: "3290" } } });
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? NaN;
}

async function timeFirstPage(firstPage: string): Promise<number[]> {
  for (let warm = 0; warm < 20; warm++) await (await fetch(firstPage)).text();
  const timings: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const started = performance.now();
    const response = await fetch(firstPage);
    await response.text();
    if (!response.ok) throw new Error(`GET ${firstPage} answered ${response.status}`);
    timings.push(performance.now() - started);
  }
  return timings.sort((a, b) => a - b);
}

const database = createThrowawayDatabase();
const definition = loadDefaultInstrument();
await seedSurvey(database.url, definition);
const server = await startProductionServer(database.url, Number(options.port));
try {
  console.log("Respondent pages: JavaScript (gzipped, files and inline) and HTML (gzipped) per page");
  const weights = await respondentPageWeights(server.origin, BENCH_SLUG, planJourney(definition));
  for (const weight of weights) {
    const files = weight.scriptFiles.map((file) => file.replace(/^.*\//, "")).join(", ") || "no script file";
    console.log(
      `  ${weight.route.padEnd(40)} script ${kb(weight.scriptGzipBytes).padStart(8)} (${files}), HTML ${kb(weight.htmlGzipBytes)}`,
    );
  }
  const heaviest = Math.max(...weights.map((weight) => weight.scriptGzipBytes));
  console.log(`  heaviest page: ${kb(heaviest)} of JavaScript`);

  const timings = await timeFirstPage(`${server.origin}/s/${BENCH_SLUG}/p/${definition.pages[0]?.id ?? ""}`);
  console.log(
    `Survey first page, ${REQUESTS} sequential GETs: median ${percentile(timings, 0.5).toFixed(1)} ms, p90 ${percentile(timings, 0.9).toFixed(1)} ms, p99 ${percentile(timings, 0.99).toFixed(1)} ms (includes loopback HTTP)`,
  );
} finally {
  await server.stop();
}
