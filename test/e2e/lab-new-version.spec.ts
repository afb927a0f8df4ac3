import { expect, test } from "@playwright/test";
import { miniInstrumentInput } from "../fixtures/mini-instrument";
import { expectNoSeriousAxeViolations } from "./support/answer-survey";
import { importAndOpenMiniSurvey } from "./support/lab-import";

/** The mini instrument with a reworded title and an added optional question: compatible with version 1. */
function revisedDefinition(title: string) {
  const input = structuredClone(miniInstrumentInput);
  input.title = title;
  (input.pages.find((page) => page.id === "work")!.items as unknown[]).push({
    id: "ai_use",
    type: "single",
    text: "Do you use AI tools at work?",
    options: [
      { code: 1, label: "Yes" },
      { code: 2, label: "No" },
    ],
  });
  return input;
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("a new version is compared and previewed, and goes live only when confirmed", async ({ page }) => {
      test.slow();
      // Its own survey, so that no other test's responses or versions move what this one reads.
      const slug = await importAndOpenMiniSurvey(page, `versions-${javaScriptEnabled ? "js" : "nojs"}`);
      const title = `Mini survey, revised (${javaScriptEnabled ? "js" : "no js"})`;
      await page.getByLabel("Definition file (.json)").setInputFiles({
        name: "definition.json",
        mimeType: "application/json",
        buffer: Buffer.from(JSON.stringify(revisedDefinition(title))),
      });
      await page.getByRole("button", { name: "Check and compare with the live version" }).click();

      await expect(page).toHaveURL(new RegExp(`/lab/surveys/${slug}/new-version$`));
      await expect(page.getByTestId("version-verdict")).toHaveText(
        "Compatible: responses to version 2 will be pooled with version 1 (same codes and scales).",
      );
      await expect(
        page.getByRole("listitem").filter({ hasText: "Item “ai_use” added (optional)" }),
      ).toBeVisible();
      if (javaScriptEnabled) await expectNoSeriousAxeViolations(page);

      await page.getByRole("link", { name: "Preview version 2 as respondents will see it" }).click();
      await page.getByRole("link", { name: "Next page →" }).click();
      await expect(page.getByText("Do you use AI tools at work?")).toBeVisible();
      await page.getByRole("link", { name: "Back to the comparison to confirm or discard it" }).click();

      await page.getByRole("button", { name: "Make version 2 live" }).click();
      await expect(page.getByRole("status")).toContainText("Version 2 is live.");
      await expect(page.getByRole("status")).toContainText("pooled with version 1");
      await expect(page.getByText("No new definition is waiting for confirmation.")).toBeVisible();
    });
  });
}
