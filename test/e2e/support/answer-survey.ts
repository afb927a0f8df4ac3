import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const DEMO_SURVEY_PATH = "/s/support-work-and-erosion";

/** Fails on serious or critical accessibility violations, listing them readably. */
export async function expectNoSeriousAxeViolations(
  page: Page,
  options: { exclude?: string[] } = {},
): Promise<void> {
  // Legacy mode runs axe in the page itself; the default opens a blank page per scan to merge frame results,
  // which survey pages (no frames) do not need and which made a dozen scans take a minute on two cores.
  let builder = new AxeBuilder({ page }).setLegacyMode();
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
    );
  expect(serious, `axe on ${page.url()}`).toEqual([]);
}

/**
 * Answers whatever page is showing the way a hurried respondent would: agrees, picks the
 * first option of every question (so "Yes", "individual contributor"), types a small number.
 */
export async function answerCurrentPage(page: Page): Promise<void> {
  const main = page.getByRole("main");
  for (const checkbox of await main.locator('input[type="checkbox"][value="1"]').all())
    await checkbox.check();
  const radioNames = await main
    .locator('input[type="radio"]')
    .evaluateAll((inputs) => [...new Set(inputs.map((input) => (input as HTMLInputElement).name))]);
  for (const name of radioNames) await main.locator(`input[type="radio"][name="${name}"]`).first().check();
  for (const input of await main.locator('input[inputmode="decimal"]').all()) await input.fill("2");
}

/** From the first page to the thank-you page; returns the titles of the pages seen. */
export async function completeDemoSurvey(
  page: Page,
  options: { onPage?: (title: string) => Promise<void>; atReview?: () => Promise<void> } = {},
): Promise<string[]> {
  await page.goto(DEMO_SURVEY_PATH);
  const titles: string[] = [];
  for (let step = 0; step < 30; step++) {
    const heading = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
    if (heading === "Check your answers") break;
    titles.push(heading);
    await options.onPage?.(heading);
    await answerCurrentPage(page);
    await page.getByRole("button", { name: /^Continue/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(heading);
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
  await options.atReview?.();
  await page.getByRole("button", { name: "Send my answers" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you — your answers are in");
  return titles;
}

/** On the review: "Change" on the third section, "Continue" without changing anything, and back on the review. */
export async function changeFromReview(page: Page): Promise<void> {
  const change = page.getByRole("link", { name: /^Change/ }).nth(2);
  const section = ((await change.textContent()) ?? "").replace(/^Change answers to “|”$/g, "");
  await change.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(section);
  await expect(page.getByText("You are changing an answer")).toBeVisible();
  await page.getByRole("button", { name: /^Continue/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
}
