import { readFile } from "node:fs/promises";
import { expect, test, type Browser } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./support/answer-survey";
import { importAndOpenMiniSurvey } from "./support/lab-import";

/** A respondent without JavaScript, on the first page of the survey with `code` typed in. */
async function startWithCode(browser: Browser, slug: string, code: string) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/s/${slug}`);
  await page.getByLabel("Invitation code").fill(code.toLowerCase());
  await page.getByRole("checkbox", { name: "I agree" }).check();
  await page.getByRole("radio", { name: "Yes" }).check();
  const answer = page.waitForResponse((response) => response.request().method() === "POST");
  await page.getByRole("button", { name: "Continue" }).click();
  return { context, page, status: (await answer).status() };
}

// A researcher requires invitations on a fresh survey and hands out two codes; a respondent with
// JavaScript off answers with one; nobody can use it a second time.
test("a survey that requires invitation codes opens once per code", async ({ page, browser }) => {
  test.slow();
  const slug = await importAndOpenMiniSurvey(page, "e2e-invite");

  const section = page.getByRole("region", { name: "Invitation codes" });
  await section.getByRole("button", { name: "Require an invitation code" }).click();
  await expect(page.getByRole("status")).toHaveText("New respondents now need an invitation code.");
  await expect(section.getByRole("button", { name: "Stop requiring an invitation code" })).toBeVisible();

  await section.getByLabel(/Number of codes/).fill("2");
  await section.getByRole("button", { name: "Generate codes" }).click();
  const batch = section.getByRole("region", { name: "The 2 codes you just generated" });
  await expect(batch.getByRole("listitem")).toHaveCount(2);
  await expect(section).toContainText("cannot be shown again");
  const codes = await batch.getByRole("listitem").allInnerTexts();
  for (const code of codes) expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await expectNoSeriousAxeViolations(page);

  const downloading = page.waitForEvent("download");
  await section.getByRole("link", { name: "Download these 2 codes (CSV)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${slug}-invitation-codes.csv`);
  expect(await readFile(await download.path(), "utf8")).toBe(
    `invitation_code\r\n${codes[0]}\r\n${codes[1]}\r\n`,
  );

  // Shown once: the next visit counts them but cannot show them.
  await page.reload();
  await expect(section.getByRole("region", { name: /codes you just generated/ })).toHaveCount(0);
  await expect(section.getByRole("definition")).toHaveText(["2", "0", "2"]);

  const [code = ""] = codes;
  const first = await startWithCode(browser, slug, code);
  expect(first.status).toBe(302);
  await expect(first.page.getByRole("heading", { level: 1 })).toHaveText("Your work");
  await first.page.getByLabel(/Years in support/).fill("4");
  await first.page.getByRole("button", { name: "Continue" }).click();
  await first.page.getByRole("button", { name: /^Continue/ }).click();
  await first.page.getByRole("button", { name: "Send my answers" }).click();
  await expect(first.page.getByRole("heading", { level: 1 })).toHaveText("Thank you — your answers are in");
  await first.context.close();

  const second = await startWithCode(browser, slug, code);
  expect(second.status).toBe(400);
  await expect(second.page.getByRole("alert")).toContainText("already been used");
  await expect(second.page.getByLabel("Invitation code")).toHaveAttribute("aria-invalid", "true");
  await expect(second.page.getByLabel("Invitation code")).toHaveValue(code.toLowerCase());
  await second.context.close();

  await page.reload();
  await expect(section.getByRole("definition")).toHaveText(["2", "1", "1"]);
});
