import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { existsSync, readFileSync } from "node:fs";
import { completeDemoSurvey, DEMO_SURVEY_PATH } from "./support/answer-survey";
import { startIsolatedServer } from "./support/isolated-server";

// A respondent with a user agent and forwarded address nobody else has, answering the survey
// through the real server; afterwards every byte of the database (file, WAL and shared memory)
// is searched for them and for every second during which they were answering.
const USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) NegativeSpacePrivacyProbe/7.3.1 (probe-9f41c2d7)";
const FORWARDED_FOR = "203.0.113.77";

const pad = (value: number) => String(value).padStart(2, "0");
/** How a time could be written down: ISO and SQL forms to the second and to the minute, epoch seconds. */
function spellings(epochSeconds: number): string[] {
  const date = new Date(epochSeconds * 1000);
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const minute = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
  const second = `${minute}:${pad(date.getUTCSeconds())}`;
  return [
    `${day}T${second}`,
    `${day} ${second}`,
    `${day}T${minute}`,
    `${day} ${minute}`,
    String(epochSeconds),
  ];
}

test("a completed survey leaves no network address, user agent or time of day in the database", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const server = await startIsolatedServer("privacy", 50);
  try {
    const context = await browser.newContext({
      baseURL: server.origin,
      userAgent: USER_AGENT,
      extraHTTPHeaders: { "X-Forwarded-For": FORWARDED_FOR, "X-Real-IP": FORWARDED_FOR },
    });
    const page = await context.newPage();
    const startedAt = Math.floor(Date.now() / 1000);
    await completeDemoSurvey(page);
    const sentBy = Math.ceil(Date.now() / 1000);
    await context.close();

    // The response is there (so the search below is not vacuous) and its id carries no time.
    const db = new Database(server.databaseFile, { readonly: true });
    const stored = db.prepare('SELECT "id", "submittedOn" FROM "Response" WHERE "isSynthetic" = 0').all() as {
      id: string;
      submittedOn: string;
    }[];
    db.close();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stored[0]?.submittedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await server.stop();
    const bytes = Buffer.concat(
      ["", "-wal", "-shm"]
        .map((suffix) => `${server.databaseFile}${suffix}`)
        .filter((file) => existsSync(file))
        .map((file) => readFileSync(file)),
    );
    const needles = [
      FORWARDED_FOR,
      USER_AGENT,
      "NegativeSpacePrivacyProbe",
      "probe-9f41c2d7",
      "127.0.0.1",
      "::ffff:127.0.0.1",
    ];
    for (let second = startedAt - 2; second <= sentBy + 2; second++) needles.push(...spellings(second));
    const found = [...new Set(needles)].filter((needle) => bytes.includes(Buffer.from(needle, "utf8")));
    expect(found).toEqual([]);
  } finally {
    await server.stop();
  }
});

test("survey pages set no cookie but the resume cookie, and it holds only the resume code", async ({
  page,
}) => {
  const cookies: { url: string; value: string }[] = [];
  page.on("response", async (response) => {
    if (!new URL(response.url()).pathname.startsWith("/s/")) return;
    for (const header of await response.headersArray()) {
      if (header.name.toLowerCase() === "set-cookie")
        cookies.push({ url: response.url(), value: header.value });
    }
  });
  await page.goto(DEMO_SURVEY_PATH);
  await page.getByRole("checkbox").first().check();
  for (const name of await page
    .locator('input[type="radio"]')
    .evaluateAll((inputs) => [...new Set(inputs.map((input) => (input as HTMLInputElement).name))])) {
    await page.locator(`input[type="radio"][name="${name}"]`).first().check();
  }
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Before you start");
  const code = (await page.locator(".resume-code").first().textContent()) ?? "";
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);

  expect(cookies.length).toBeGreaterThan(0);
  for (const { value } of cookies) {
    const [pair = "", ...attributes] = value.split(";").map((part) => part.trim());
    const [name = "", content = ""] = pair.split("=");
    expect(name).toMatch(/^ns_resume_[a-z0-9_]+$/);
    expect(attributes.map((attribute) => attribute.toLowerCase())).toEqual(
      expect.arrayContaining(["httponly", "samesite=lax", "path=/s/support-work-and-erosion"]),
    );
    // Remix writes the value as base64 JSON: it must decode to the code shown, and nothing else.
    expect(JSON.parse(Buffer.from(decodeURIComponent(content), "base64").toString("utf8"))).toBe(code);
  }
});
