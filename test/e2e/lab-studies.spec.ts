import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./support/answer-survey";
import { signInAsDemoResearcher } from "./support/lab-sign-in";
import { E2E_WAVE_SURVEYS } from "./support/seed-e2e-studies";

// Decision 060: a researcher (the demo's, a site administrator and owner of the seeded surveys) creates a panel
// study, adds two surveys as its waves and sees their response counts; a survey without an identification code
// is refused on its field; a third wave offers all waves linked in order. With and without JavaScript.

/** Chooses the survey by its address (the option's value) and submits the form. */
async function addWave(page: Page, surveySlug: string, plannedOn: string) {
  await page.getByLabel("Survey", { exact: true }).selectOption(surveySlug);
  await page.getByLabel("Planned start").fill(plannedOn);
  await page.getByRole("button", { name: "Add wave" }).click();
}

for (const javaScriptEnabled of [true, false]) {
  const setting = javaScriptEnabled ? "js" : "no-js";
  const [first, second, third] = E2E_WAVE_SURVEYS(setting);

  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("a study is created, gets waves with their counts, and a survey without a code is refused", async ({
      page,
    }) => {
      await signInAsDemoResearcher(page, "/lab");
      await page.getByRole("navigation", { name: "Lab" }).getByRole("link", { name: "Studies" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Studies" })).toBeVisible();
      await page.getByLabel("Title").fill(`Panel study (${setting})`);
      await page.getByLabel("Address").fill(`panel-study-${setting}`);
      await page.getByRole("button", { name: "Create study" }).click();
      await expect(page).toHaveURL(new RegExp(`/lab/studies/panel-study-${setting}$`));
      await expect(page.getByText("Linking key: present")).toBeVisible();

      await addWave(page, "support-work-and-erosion", "2027-01-15");
      const surveyField = page.getByLabel("Survey", { exact: true });
      await expect(page.getByRole("alert")).toContainText(
        "has no identification-code item: waves cannot be linked",
      );
      await expect(surveyField).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByText("No wave yet.")).toBeVisible();

      await addWave(page, first.slug, "2027-01-15");
      await expect(page.getByRole("status")).toHaveText(`Added "${first.title}" as wave 1.`);
      await addWave(page, second.slug, "2027-07-15");
      await expect(page.getByRole("status")).toHaveText(`Added "${second.title}" as wave 2.`);

      const waves = page.getByRole("table", { name: `Waves of Panel study (${setting})` });
      const cells = (wave: number) =>
        waves.getByRole("row", { name: new RegExp(`^Wave ${wave} `) }).getByRole("cell");
      await expect(cells(1)).toHaveText([
        first.title + `/s/${first.slug}`,
        "draft",
        "1",
        "2027-01-15",
        "3",
        "1",
      ]);
      await expect(cells(2)).toHaveText([
        second.title + `/s/${second.slug}`,
        "draft",
        "1",
        "2027-07-15",
        "2",
        "0",
      ]);
      if (javaScriptEnabled) await expectNoSeriousAxeViolations(page);
      // On a phone the add-a-wave form's survey choice, whose options are long, does not widen the page.
      await page.setViewportSize({ width: 390, height: 844 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.setViewportSize({ width: 1280, height: 720 });

      await page.getByRole("link", { name: "All studies" }).click();
      const row = page.getByRole("row", { name: new RegExp(`Panel study \\(${setting}\\)`) });
      await expect(row.getByRole("cell")).toHaveText(["2", "5"]);

      // The seeded responses carry no code: the linkage page says so on the earlier wave's field.
      await row.getByRole("link").click();
      await page.getByRole("link", { name: "Link waves" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Link waves" })).toBeVisible();
      await page.getByRole("button", { name: "Link" }).click();
      await expect(page.getByRole("alert")).toContainText(
        "Wave 1 has no complete response with an identification code yet.",
      );
      await expect(page.getByLabel("Earlier wave")).toHaveAttribute("aria-invalid", "true");
      if (javaScriptEnabled) await expectNoSeriousAxeViolations(page);

      // A third wave offers all waves linked in order (decision 062), which refuses for the same reason.
      await page.getByRole("link", { name: `Panel study (${setting})` }).click();
      await addWave(page, third.slug, "2028-01-15");
      await expect(page.getByRole("status")).toHaveText(`Added "${third.title}" as wave 3.`);
      await page.getByRole("link", { name: "Change across all waves" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Change across all waves" })).toBeVisible();
      await expect(page.getByRole("alert")).toHaveText(
        "Waves 1 and 2: Wave 1 has no complete response with an identification code yet.",
      );
    });
  });
}
