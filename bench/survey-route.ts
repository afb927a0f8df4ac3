// Issue #3's figures for the respondent's page: the JavaScript it ships (gzipped) and its
// median server render time. Run `npm run build` first. Prints figures; asserts nothing.
//   npm run bench:survey -- [--port=3290]
import { parseArgs } from "node:util";
import { loadDefaultInstrument } from "../instrument/default-instrument";
import { BENCH_SLUG, createThrowawayDatabase, seedSurvey, startProductionServer } from "./bench-server";
import { routeJavaScript } from "./route-weight";

const REQUESTS = 300;
const { values: options } = parseArgs({ options: { port: { type: "string", default: "3290" } } });

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? NaN;
}

const weight = routeJavaScript("routes/s.$slug.p.$pageId");
console.log(
  `Survey page JavaScript: ${(weight.totalGzipBytes / 1024).toFixed(1)} KB gzipped in ${weight.files.length} files`,
);
for (const file of weight.files) console.log(`  ${file.file}  ${(file.gzipBytes / 1024).toFixed(1)} KB`);

const database = createThrowawayDatabase();
const definition = loadDefaultInstrument();
await seedSurvey(database.url, definition);
const server = await startProductionServer(database.url, Number(options.port));
try {
  const firstPage = `${server.origin}/s/${BENCH_SLUG}/p/${definition.pages[0]?.id ?? ""}`;
  for (let warm = 0; warm < 20; warm++) await (await fetch(firstPage)).text();
  const timings: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const started = performance.now();
    const response = await fetch(firstPage);
    await response.text();
    if (!response.ok) throw new Error(`GET ${firstPage} answered ${response.status}`);
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  console.log(
    `Survey first page, ${REQUESTS} sequential GETs: median ${percentile(timings, 0.5).toFixed(1)} ms, p90 ${percentile(timings, 0.9).toFixed(1)} ms, p99 ${percentile(timings, 0.99).toFixed(1)} ms (includes loopback HTTP)`,
  );
} finally {
  await server.stop();
}
