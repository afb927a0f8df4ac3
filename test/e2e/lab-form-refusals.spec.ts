import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./support/answer-survey";
import { signInAsDemoResearcher } from "./support/lab-sign-in";

// Decision 018: a lab form refused comes back with its message on the field, in the error summary, and
// what was typed — with and without JavaScript. The analysis tab's k used to fall back to 10 silently.
const ANALYSIS_PATH = "/lab/surveys/support-work-and-erosion/analysis";

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("a small-cell rule k that is not valid is refused on its field, and nothing is analysed", async ({
      page,
    }) => {
      await signInAsDemoResearcher(page, `${ANALYSIS_PATH}?k=4`);
      const summary = page.getByRole("alert");
      await expect(summary).toContainText("k must be a whole number from 5 to 100.");
      const k = page.getByRole("spinbutton", { name: "Small-cell rule k" });
      await expect(k).toHaveValue("4");
      await expect(k).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByRole("heading", { name: "Main results" })).toHaveCount(0);
      await summary.getByRole("link", { name: /k must be a whole number/ }).click();
      await expect(k).toBeFocused();
      if (javaScriptEnabled) await expectNoSeriousAxeViolations(page);
    });

    test("a refused number of invitation codes keeps the number typed, with its message on the field", async ({
      page,
    }) => {
      await signInAsDemoResearcher(page, "/lab/surveys/support-work-and-erosion");
      const count = page.getByRole("spinbutton", { name: /Number of codes/ });
      await count.fill("5001");
      await page.getByRole("button", { name: "Generate codes" }).click();
      await expect(page.getByRole("alert")).toContainText("Enter a whole number from 1 to 5,000.");
      await expect(count).toHaveValue("5001");
      await expect(count).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByRole("heading", { name: /you just generated/ })).toHaveCount(0);
    });
  });
}
