import { expect, type Browser, type Page, test } from "@playwright/test";
import { answerCurrentPage, DEMO_SURVEY_PATH } from "./support/answer-survey";

// Issue 17: whatever the server or anything between it and the browser keeps, one respondent never
// gets another's answers, resume code or signed "shown" stamp. Two respondents answer the same pages
// in turn, through the real server, and each page they get back is checked against the other's.

type Respondent = { page: Page; years: string; cacheControls: string[] };

async function newRespondent(browser: Browser, years: string): Promise<Respondent> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const cacheControls: string[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "document")
      cacheControls.push(response.headers()["cache-control"] ?? "(none)");
  });
  await page.goto(DEMO_SURVEY_PATH);
  await answerCurrentPage(page);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your support work");
  return { page, years, cacheControls };
}

async function answerWorkPage({ page, years }: Respondent): Promise<void> {
  await answerCurrentPage(page);
  await page.getByRole("main").locator('input[inputmode="decimal"]').fill(years);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Your support work");
}

async function backToWorkPage({ page }: Respondent) {
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your support work");
  return {
    years: await page.getByRole("main").locator('input[inputmode="decimal"]').inputValue(),
    shown: await page.locator('input[name="shown"]').inputValue(),
    code: (await page.locator(".resume-code").textContent()) ?? "",
    html: await page.content(),
  };
}

test("two respondents answering the same pages in turn each get only their own answers, code and stamp", async ({
  browser,
}) => {
  test.slow(); // two respondents, three pages each
  const first = await newRespondent(browser, "3");
  const second = await newRespondent(browser, "17");
  await answerWorkPage(first);
  await answerWorkPage(second);
  const firstSees = await backToWorkPage(first);
  const secondSees = await backToWorkPage(second);

  expect(firstSees.years).toBe("3");
  expect(secondSees.years).toBe("17");
  expect(firstSees.code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  expect(secondSees.code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  expect(firstSees.code).not.toBe(secondSees.code);
  expect(firstSees.html).not.toContain(secondSees.code);
  expect(secondSees.html).not.toContain(firstSees.code);
  expect(firstSees.shown).not.toBe(secondSees.shown);
  // Nothing on the way may keep a survey page: every one is marked not to be stored.
  for (const cacheControl of [...first.cacheControls, ...second.cacheControls])
    expect(cacheControl).toContain("no-store");
});
