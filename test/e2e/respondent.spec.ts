import { expect, type Page, test } from "@playwright/test";
import {
  answerCurrentPage,
  changeFromReview,
  completeDemoSurvey,
  DEMO_SURVEY_PATH,
  expectNoSeriousAxeViolations,
} from "./support/answer-survey";

// The "phone" project runs this file at 360 px wide as well (playwright.config.ts).

/** Consent, then "I have left support work": the next page asks about the last support job, in the past tense. */
async function expectPastTenseAfterLeaving(page: Page): Promise<void> {
  await page.goto(DEMO_SURVEY_PATH);
  await answerCurrentPage(page);
  await page.getByRole("button", { name: /^Continue/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your support work");
  await page.getByRole("main").locator('input[inputmode="decimal"]').fill("6");
  await page.getByRole("radio", { name: "I have left support work" }).check();
  await page.getByRole("button", { name: /^Continue/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your last support job");
  const main = page.getByRole("main");
  await expect(main).toContainText("Which channels did you work in?");
  await expect(main).toContainText("In which region did you work?");
  await expect(main).not.toContainText("do you work");
}

test.describe("with JavaScript", () => {
  test("a respondent completes the default survey, and every page passes an axe scan", async ({ page }) => {
    test.slow(); // an axe scan of each of a dozen pages
    const titles = await completeDemoSurvey(page, {
      onPage: () => expectNoSeriousAxeViolations(page),
      atReview: () => changeFromReview(page),
    });
    expect(titles[0]).toBe("Before you start");
    expect(titles.length).toBeGreaterThan(5);
    await expectNoSeriousAxeViolations(page);
  });

  test("a page with errors lists them at the top, linked to the fields, and keeps the answers given", async ({
    page,
  }) => {
    await page.goto(DEMO_SURVEY_PATH);
    await page.getByRole("radio").first().check();
    await page.getByRole("button", { name: "Continue" }).click();
    const summary = page.getByRole("alert");
    await expect(summary).toContainText("There is a problem");
    await expect(summary).toBeFocused();
    await expect(page.getByRole("radio").first()).toBeChecked();
    await summary.getByRole("link").first().click();
    await expect(page.getByRole("checkbox").first()).toBeFocused();
    await expectNoSeriousAxeViolations(page);
  });

  test("someone who has left support is asked about their last job in the past tense", async ({ page }) => {
    await expectPastTenseAfterLeaving(page);
  });

  test("the layout fits the screen without sideways scrolling", async ({ page }) => {
    await page.goto(DEMO_SURVEY_PATH);
    await answerCurrentPage(page);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Before you start");
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("plain HTML forms carry a respondent from consent to thank-you, and Change returns to the review", async ({
    page,
  }) => {
    test.slow(); // eleven pages, a change from the review and the send: over 30 s with the other worker busy
    const titles = await completeDemoSurvey(page, { atReview: () => changeFromReview(page) });
    expect(titles[0]).toBe("Before you start");
  });

  test("someone who has left support is asked about their last job in the past tense", async ({ page }) => {
    await expectPastTenseAfterLeaving(page);
  });

  test("save and resume on another device with the code", async ({ page, browser }) => {
    await page.goto(DEMO_SURVEY_PATH);
    await answerCurrentPage(page);
    await page.getByRole("button", { name: "Continue" }).click();
    const secondTitle = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
    await page.getByText("Save and finish later").click();
    await page.getByRole("button", { name: "Save this page and stop for now" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your answers are saved");
    const code = (await page.locator(".resume-code").textContent()) ?? "";
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);

    const otherDevice = await browser.newContext({ javaScriptEnabled: false });
    const other = await otherDevice.newPage();
    await other.goto(`${DEMO_SURVEY_PATH}/resume`);
    await other.getByLabel("Resume code").fill(code.toLowerCase());
    await other.getByRole("button", { name: "Continue" }).click();
    await expect(other.getByRole("heading", { level: 1 })).toHaveText(secondTitle);
    await otherDevice.close();
  });
});
