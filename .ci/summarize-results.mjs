// Sums the vitest and Playwright JSON reports into one line: "N passed, N failed".
// Exits non-zero when anything failed or when no test ran at all, so an empty run is visible.
import { existsSync, readFileSync } from "node:fs";

const [vitestFile, playwrightFile] = process.argv.slice(2);
const readJson = (file) => (file && existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null);

let passed = 0;
let failed = 0;
const missing = [];

const vitest = readJson(vitestFile);
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += (vitest.numFailedTests ?? 0) + (vitest.numRuntimeErrorTestSuites ?? 0);
} else missing.push("vitest");

const playwright = readJson(playwrightFile);
if (playwright) {
  passed += (playwright.stats?.expected ?? 0) + (playwright.stats?.flaky ?? 0);
  failed += playwright.stats?.unexpected ?? 0;
  failed += (playwright.errors ?? []).length;
} else missing.push("playwright");

if (missing.length > 0) console.error(`No report from: ${missing.join(", ")} (did an earlier step fail?)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 || missing.length > 0 ? 1 : 0);
