import { expect, type Page, test } from "@playwright/test";
import { answerCurrentPage, DEMO_SURVEY_PATH } from "./support/answer-survey";

// A respondent who pastes a very long answer gets the 413 page, not a browser error page: server.js
// reads and discards the body before it refuses (server/refusals.js). Survey pages send plain forms
// with JavaScript on as well (decision 043), so both get the same page.

const LONG_ANSWER = "I kept notes on every ticket that week. ".repeat(15_000); // ~600 KB

async function reachTheFreeTextQuestion(page: Page): Promise<void> {
  await page.goto(DEMO_SURVEY_PATH);
  for (let step = 0; step < 30; step++) {
    if ((await page.getByRole("main").locator("textarea").count()) > 0) return;
    const heading = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
    await answerCurrentPage(page);
    await page.getByRole("button", { name: /^Continue/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(heading);
  }
  throw new Error("No page of the demo survey asks for free text");
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("a very long answer gets the 413 message in the browser", async ({ page }) => {
      test.slow(); // walks most of the default survey before the long answer
      await reachTheFreeTextQuestion(page);
      await page.getByRole("main").locator("textarea").fill(LONG_ANSWER);
      await page.getByRole("button", { name: /^Continue/ }).click();
      // Worded by the app's catalogs in the survey's language (app/respondent/refusal-page.server.ts).
      await expect(
        page.getByText("The form was larger than this site accepts. Nothing was saved;"),
      ).toBeVisible();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("That was too much to send");
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
    });
  });
}
