import { expect, test } from "@playwright/test";
import { chmodSync, readFileSync, renameSync, statSync } from "node:fs";
import { signInAsDemoResearcher } from "./support/lab-sign-in";
import { environmentWith, freshDataFolder, runNpm, startServerProcess } from "./support/server-process";

// The README's promise: `npm install && npm start` on a brand-new machine creates the database,
// seeds the demo and serves it. `npm start` is `build && db:setup && node server.js`; the build is
// Playwright's webServer's, the rest runs here as `npm start` runs it (no NODE_ENV for the set-up).
// The refusals of a production start: test/integration/start-up-setup.test.ts, start-up-server.test.ts.

const modeOf = (file: string) => (statSync(file).mode & 0o777).toString(8);

test("npm start's script is still build, set-up, server", () => {
  const { scripts } = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
  expect(scripts.start).toBe("npm run build && npm run db:setup && node server.js");
});

test("a brand-new machine gets the demo; /healthz stops saying ok when the store goes away", async ({
  page,
  request,
}) => {
  test.slow(); // seeds 800 synthetic responses
  const file = freshDataFolder("local-start");
  const env = environmentWith({ DATABASE_URL: `file:${file}` });
  const setupOutput = await runNpm(["db:setup"], env);
  expect(setupOutput).toContain(`Created a new database at ${file}`);
  expect(setupOutput).toContain("Seeded the DEMO");

  chmodSync(file, 0o644); // as an older version left it: the server narrows it before listening
  const server = await startServerProcess(env, 60);
  try {
    expect(modeOf(file)).toBe("600");
    await page.goto(`${server.origin}/s/support-work-and-erosion`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Before you start");
    await signInAsDemoResearcher(page, `${server.origin}/lab`);
    expect([modeOf(`${file}-wal`), modeOf(`${file}-shm`)]).toEqual(["600", "600"]);

    const health = () =>
      request
        .get(`${server.origin}/healthz`)
        .then(async (response) => [response.status(), await response.json()]);
    expect(await health()).toEqual([200, { status: "ok", database: "reachable" }]);
    renameSync(file, `${file}.elsewhere`);
    expect(await health()).toEqual([503, { status: "unavailable", database: "missing" }]);
    renameSync(`${file}.elsewhere`, file);
    expect(await health()).toEqual([200, { status: "ok", database: "reachable" }]);
  } finally {
    await server.stop();
  }
  expect(server.stderr()).toBe("");
});
