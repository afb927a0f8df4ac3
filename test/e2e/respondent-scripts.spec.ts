import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { answerCurrentPage, completeDemoSurvey, DEMO_SURVEY_PATH } from "./support/answer-survey";

// Decision 043: respondent pages are sent without React and load one small enhancement script.
const SCRIPT_BUDGET_GZIPPED_BYTES = 20 * 1024;

test("a respondent's whole journey loads under 20 KB of script, gzipped, and no framework", async ({
  page,
}) => {
  test.slow(); // a dozen pages
  const scripts = new Map<string, number>();
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.set(request.url(), 0);
  });
  const frameworkOnPage: string[] = [];
  await completeDemoSurvey(page, {
    onPage: async (title) => {
      const hydrated = await page.evaluate(() => "__remixContext" in window);
      if (hydrated) frameworkOnPage.push(title);
    },
  });
  await page.goto(`${DEMO_SURVEY_PATH}/resume`);

  for (const url of scripts.keys()) {
    scripts.set(url, gzipSync(await (await page.request.get(url)).body()).length);
  }
  expect(frameworkOnPage).toEqual([]);
  expect(refused).toEqual([]);
  expect([...scripts.keys()].map((url) => new URL(url).pathname)).toEqual([
    expect.stringMatching(/^\/assets\/page-enhancements-[\w-]+\.js$/),
  ]);
  const total = [...scripts.values()].reduce((sum, bytes) => sum + bytes, 0);
  expect(total).toBeGreaterThan(0);
  expect(total).toBeLessThanOrEqual(SCRIPT_BUDGET_GZIPPED_BYTES);
});

test("the home page's survey link loads the survey as its own page, without the home page's React", async ({
  page,
}) => {
  await page.goto("/");
  await expect.poll(() => page.evaluate(() => "__remixContext" in window)).toBe(true);
  await page
    .getByRole("link", { name: /^Start the survey/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Before you start");
  expect(await page.evaluate(() => "__remixContext" in window)).toBe(false);
});

test("a second tap on Continue while the page is on its way does not send it twice", async ({ page }) => {
  await page.goto(DEMO_SURVEY_PATH);
  await answerCurrentPage(page);
  let posts = 0;
  await page.route("**/s/**", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    posts++;
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue();
  });
  const firstTitle = await page.getByRole("heading", { level: 1 }).textContent();
  // Playwright's own clicks wait for the navigation the first one started; a person's second tap does not.
  await page.getByRole("button", { name: "Continue" }).evaluate((button: HTMLButtonElement) => {
    button.click();
    setTimeout(() => button.click(), 300);
  });
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(firstTitle ?? "");
  expect(posts).toBe(1);
});
