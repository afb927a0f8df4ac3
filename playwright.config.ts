import { defineConfig, devices } from "@playwright/test";
import { existsSync } from "node:fs";
import { E2E_DATA_DIRECTORY, E2E_DATABASE_FILE, E2E_PORT as port } from "./test/e2e/support/e2e-server";

const HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";
const baseURL = `http://localhost:${port}`;

/**
 * Debian's Chromium: its headless shell when installed (.ci/run installs it; the suite takes 40 % less
 * time than in the full browser on two cores, docs/decisions/051), else the full browser, or CHROMIUM_PATH.
 */
function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : "/usr/bin/chromium";
}

export default defineConfig({
  testDir: "test/e2e",
  // Playwright empties its output folder at start; keep it apart from the other reports in test-results/.
  outputDir: "test-results/playwright-artifacts",
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"] } },
    {
      name: "phone",
      use: { ...devices["Pixel 7"], viewport: { width: 360, height: 740 } },
      testMatch: /respondent/,
    },
  ],
  webServer: {
    // A throwaway database, created and seeded with the demo, plus the surveys only these tests answer
    // (a bilingual one, and one in the bidi pseudo-locale). NODE_ENV=production below makes this a
    // production start, which creates and seeds only when asked (docs/decisions/015).
    command: `rm -rf ${E2E_DATA_DIRECTORY} && npm run build && npm run db:seed-demo -- --init && node_modules/.bin/tsx test/e2e/support/seed-e2e-surveys.ts && node server.js`,
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      PORT: String(port),
      NODE_ENV: "production",
      DATABASE_URL: `file:./${E2E_DATABASE_FILE}`,
      SESSION_SECRET: "e2e-session-secret-that-is-long-enough-to-pass",
      // The bidi pseudo-locale ar-XB for the right-to-left layout tests (docs/decisions/055); never in a real deploy.
      PSEUDO_LOCALES: "1",
    },
  },
});
