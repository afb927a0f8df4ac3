import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./support/answer-survey";
import { importDefaultSurveyWithPanel } from "./support/lab-import";
import { signInAsDemoResearcher } from "./support/lab-sign-in";

// A copy of the default survey with a 400-response synthetic panel of its own (about 3 % speeders): other
// tests answer the demo survey meanwhile, and a fast e2e respondent is a speeder too, so counts read
// from the demo survey could move between reading them and acting on them.
let qualityPath = "";
const DEMO_QUALITY_PATH = "/lab/surveys/support-work-and-erosion/quality";

// Both runs toggle the same exclusions in one survey: one after the other.
test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await browser.newPage();
  const slug = await importDefaultSurveyWithPanel(page, "quality", 400);
  qualityPath = `/lab/surveys/${slug}/quality`;
  await page.close();
});

const numberIn = async (page: Page, testId: string) =>
  Number((await page.getByTestId(testId).innerText()).replace(/,/g, ""));

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("a researcher excludes the speeders, sees the counts change, and includes them again", async ({
      page,
    }) => {
      test.slow(); // 800 responses, two page loads per toggle and axe scans of large tables
      await signInAsDemoResearcher(page, qualityPath);
      await expect(page.getByRole("heading", { level: 2, name: "Data quality" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Data quality" })).toHaveAttribute("aria-current", "page");
      await expect(page.getByRole("table", { name: /Careless-responding indices/ })).toBeVisible();

      // Start from "speeders included", whatever an earlier run left behind.
      const include = page.getByRole("button", { name: /^Include \d+ again \(Speeders\)$/ });
      if (await include.isVisible()) {
        await include.click();
        await expect(page.getByRole("status")).toContainText("included again");
      }
      await expect(page.getByTestId("excluded-speeder")).toHaveText("0");
      const flagged = await numberIn(page, "flagged-speeder");
      expect(flagged).toBeGreaterThan(0);
      const excludedBefore = await numberIn(page, "excluded-total");
      // The markup is the same either way; one axe scan per page is enough.
      if (javaScriptEnabled) await expectNoSeriousAxeViolations(page);

      await page.getByRole("button", { name: `Exclude ${flagged} flagged by Speeders` }).click();
      await expect(page.getByRole("status")).toHaveText(
        `Speeders: ${flagged} flagged responses are excluded from analysis.`,
      );
      await expect(page.getByTestId("excluded-speeder")).toHaveText(String(flagged));
      expect(await numberIn(page, "excluded-total")).toBeGreaterThan(excludedBefore);
      expect(await numberIn(page, "excluded-total")).toBeLessThanOrEqual(excludedBefore + flagged);

      // The excluded speeders are listed with the threshold their exclusion recorded.
      await page.getByRole("link", { name: "Excluded", exact: true }).click();
      const table = page.getByRole("table", { name: /^Excluded: responses/ });
      await expect(table).toBeVisible();
      await expect(
        table
          .getByRole("cell", { name: /speeder: \d+ s, under \d+ s \(one third of the median \d+ s\)/ })
          .first(),
      ).toBeVisible();
      if (javaScriptEnabled) await expectNoSeriousAxeViolations(page);

      await page.getByRole("button", { name: `Include ${flagged} again (Speeders)` }).click();
      await expect(page.getByTestId("excluded-speeder")).toHaveText("0");
      await expect(page.getByTestId("excluded-total")).toHaveText(String(excludedBefore));
    });
  });
}

test("free-text answers are listed for review with a hide-from-exports action", async ({ page }) => {
  await signInAsDemoResearcher(page, DEMO_QUALITY_PATH);
  await page.getByRole("link", { name: "Review free-text answers" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Free-text answers" })).toBeVisible();
  await expect(page.getByText(/^Answers 1–25 of \d+, newest first\.$/)).toBeVisible();
  await expect(page.getByRole("button", { name: /^Hide from exports/ }).first()).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});
