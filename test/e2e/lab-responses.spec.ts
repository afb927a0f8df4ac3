import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./support/answer-survey";
import { DEMO_RESEARCHER } from "./support/lab-sign-in";

// Read-only on the demo survey: it opens responses (each view adds an audit entry) and sends none.
const RESPONSES_PATH = "/lab/surveys/support-work-and-erosion/responses";
// Each list and response page scores the demo's ~800 responses: on a busy machine a client-side navigation
// can take longer than the default 5 s to show.
const afterLoad = expect.configure({ timeout: 20_000 });

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("a researcher lists the speeders, opens one and reads its answers, flags and exclusion", async ({
      page,
    }) => {
      test.setTimeout(180_000); // ~800 responses scored per page, and axe on a long response page
      // As signInAsDemoResearcher does, with the longer wait: sign-in's password hash is slow on a busy machine.
      await page.goto(RESPONSES_PATH);
      await page.getByLabel("E-mail address").fill(DEMO_RESEARCHER.email);
      await page.getByLabel("Password").fill(DEMO_RESEARCHER.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByRole("link", { name: "Browse the responses" }).click();
      await afterLoad(page.getByRole("heading", { level: 2, name: "Browse responses" })).toBeVisible();
      const tabs = page.getByRole("navigation", { name: "Survey" });
      await expect(tabs.getByRole("link", { name: "Responses", exact: true })).toHaveAttribute(
        "aria-current",
        "page",
      );

      await page.getByRole("checkbox", { name: "Speeders" }).check();
      await page.getByRole("button", { name: "Show responses" }).click();
      await afterLoad(page).toHaveURL(/[?&]flag=speeder/);
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
      await afterLoad(page).toHaveURL(new RegExp(`/responses/${id}$`));
      await afterLoad(page.getByRole("heading", { level: 2, name: `Response ${id}` })).toBeVisible();
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

      // Response ids on the data-quality screen lead to the same page.
      await page.goto("/lab/surveys/support-work-and-erosion/quality?show=speeder");
      await expect(page.getByRole("link", { name: id })).toHaveAttribute(
        "href",
        new RegExp(`/responses/${id}$`),
      );

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
