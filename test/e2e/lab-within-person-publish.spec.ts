import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./support/answer-survey";
import { signInAsDemoResearcher } from "./support/lab-sign-in";

// Issue 14: the demo researcher (owner of the demo's two panel waves) links them on the linkage page and publishes
// the change within the linked people as a new finding of the later wave, from the form under the report; a
// missing title is refused on its field first. With and without JavaScript.

const LINKAGE =
  "/lab/studies/support-work-panel-demo/linkage?earlier=support-work-panel-wave-1&later=support-work-panel-wave-2";

for (const javaScriptEnabled of [true, false]) {
  const setting = javaScriptEnabled ? "js" : "no-js";

  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("a within-person finding is published from the linkage page", async ({ page }) => {
      test.setTimeout(120_000);
      await signInAsDemoResearcher(page, "/lab");
      await page.goto(LINKAGE);
      const publishing = page.getByRole("region", { name: "Publish as a finding" });
      await expect(publishing).toBeVisible({ timeout: 60_000 });
      // The demo's finding of the later wave is the default; a new finding is chosen here.
      await publishing.getByLabel("Publish as", { exact: true }).selectOption("new");
      await publishing.getByRole("button", { name: "Start from this" }).click();
      const form = page.getByRole("form", { name: "Finding to publish" });
      const address = `within-person-e2e-${setting}`;
      await form.getByLabel("Address of the new finding").fill(address);
      await form.getByLabel("Title").fill("");
      await form
        .getByLabel("Summary")
        .fill("Change within the people who answered both demo waves (synthetic).");
      await form.getByRole("button", { name: "Publish version 1" }).click();
      const title = page.getByRole("form", { name: "Finding to publish" }).getByLabel("Title");
      await expect(title).toHaveAttribute("aria-invalid", "true", { timeout: 60_000 });
      await expect(page.getByRole("alert").first()).toContainText("Give the finding a title");
      if (javaScriptEnabled) await expectNoSeriousAxeViolations(page);

      await title.fill(`Change within the same people (${setting})`);
      await page
        .getByRole("form", { name: "Finding to publish" })
        .getByRole("button", { name: "Publish version 1" })
        .click();
      await expect(page).toHaveURL(new RegExp(`/findings/${address}/v/1$`), { timeout: 60_000 });
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        `Change within the same people (${setting})`,
      );
    });
  });
}
