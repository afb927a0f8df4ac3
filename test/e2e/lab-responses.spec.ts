import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./support/answer-survey";
import { signInAsDemoResearcher } from "./support/lab-sign-in";

// Read-only on the demo survey: it opens responses (each view adds an audit entry) and sends none.
const RESPONSES_PATH = "/lab/surveys/support-work-and-erosion/responses";

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("a researcher lists the speeders, opens one and reads its answers, flags and exclusion", async ({
      page,
    }) => {
      test.slow(); // the demo's ~800 responses are scored for every list and response page
      await signInAsDemoResearcher(page);
      await page.goto(RESPONSES_PATH);
      await page.getByRole("link", { name: "Browse the responses" }).click();
      await expect(page.getByRole("heading", { level: 2, name: "Browse responses" })).toBeVisible();
      const tabs = page.getByRole("navigation", { name: "Survey" });
      await expect(tabs.getByRole("link", { name: "Responses", exact: true })).toHaveAttribute(
        "aria-current",
        "page",
      );

      await page.getByRole("checkbox", { name: "Speeders" }).check();
      await page.getByRole("button", { name: "Show responses" }).click();
      await expect(page).toHaveURL(/[?&]flag=speeder/);
      await expect(page.getByRole("checkbox", { name: "Speeders" })).toBeChecked();
      const table = page.getByRole("table", { name: /^Responses 1–\d+ of \d+ that match/ });
      const rows = table.locator("tbody tr");
      expect(await rows.count()).toBeGreaterThan(0);
      for (const flagged of await rows.locator("td:nth-child(4)").allInnerTexts()) {
        expect(flagged).toContain("speeder");
      }
      if (javaScriptEnabled) await expectNoSeriousAxeViolations(page);

      const link = rows.first().getByRole("link");
      const id = await link.innerText();
      await link.click();
      await expect(page).toHaveURL(new RegExp(`/responses/${id}$`));
      await expect(page.getByRole("heading", { level: 2, name: `Response ${id}` })).toBeVisible();
      const quality = page.getByRole("region", { name: "Quality and exclusion" });
      await expect(quality.getByRole("listitem").filter({ hasText: "Speeders" })).toContainText(" s, under ");
      await expect(page.getByTestId("exclusion-state")).toHaveText(
        /^(Included in|Excluded from) the analysis/,
      );
      const answers = page.getByRole("region", { name: "Answers, page by page" });
      await expect(answers.getByRole("heading", { level: 3 }).first()).toBeVisible();
      await expect(answers.locator('dd[data-status="answered"]').first()).toBeVisible();
      await expect(page.getByRole("region", { name: "Scores" })).toBeVisible();
      if (javaScriptEnabled) await expectNoSeriousAxeViolations(page);

      // The view is in the audit trail.
      await page.goto("/lab/audit");
      await expect(
        page
          .getByRole("row")
          .filter({ hasText: `response ${id}` })
          .first(),
      ).toContainText("response-viewed");
    });
  });
}
