// Issue #5's figures: server time of the demo finding page and of its chart downloads.
// Run `npm run build` first. Seeds a throwaway demo database the way `npm start` does. Prints figures only.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startProductionServer } from "./bench-server";
import { routeJavaScript } from "./route-weight";

const REQUESTS = 200;
const percentile = (sorted: number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? NaN;

async function time(url: string, count: number): Promise<{ median: number; p90: number; bytes: number }> {
  const timings: number[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const response = await fetch(url);
    bytes = (await response.arrayBuffer()).byteLength;
    if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  return { median: percentile(timings, 0.5), p90: percentile(timings, 0.9), bytes };
}

const weight = routeJavaScript("routes/findings.$slug._index");
console.log(
  `Finding page JavaScript at first paint: ${(weight.totalGzipBytes / 1024).toFixed(1)} KB gzipped (vega-embed loads later, only when a chart scrolls into view)`,
);

const url = `file:${path.join(mkdtempSync(path.join(tmpdir(), "ns-findings-")), "demo.db")}`;
const seeding = performance.now();
execFileSync("npm", ["run", "db:setup"], { stdio: "ignore", env: { ...process.env, DATABASE_URL: url } });
console.log(
  `Seeding the demo (migrations, 800 synthetic responses, exclusions, analysis, finding): ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
);
const server = await startProductionServer(url, 3291);
try {
  const page = `${server.origin}/findings/support-and-erosion-demo`;
  const png = `${server.origin}/findings/support-and-erosion-demo/v/1/charts/harm-trajectory.png`;
  const firstPng = await time(png, 1);
  console.log(
    `Chart PNG, first request (rendered with resvg): ${firstPng.median.toFixed(1)} ms, ${(firstPng.bytes / 1024).toFixed(0)} KB`,
  );
  await time(page, 20);
  const html = await time(page, REQUESTS);
  console.log(
    `Finding page HTML (${(html.bytes / 1024).toFixed(0)} KB; 5 charts linked as image files), ${REQUESTS} sequential GETs: median ${html.median.toFixed(1)} ms, p90 ${html.p90.toFixed(1)} ms`,
  );
  const cachedPng = await time(png, REQUESTS);
  console.log(`Chart PNG, cached: median ${cachedPng.median.toFixed(1)} ms`);
} finally {
  await server.stop();
}
