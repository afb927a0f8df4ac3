import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./support/answer-survey";
import { signInAsDemoResearcher } from "./support/lab-sign-in";

// The e2e server's demo survey carries the seeded 800-response synthetic panel and no real responses.
const EXPORT_PATH = "/lab/surveys/support-work-and-erosion/export";

test("a researcher sees the k-anonymity report, coarsens to meet k with a suppression limit and downloads the CSV", async ({
  page,
}) => {
  test.slow(); // the report covers 800 responses, computed on every load
  await signInAsDemoResearcher(page, EXPORT_PATH);
  await expect(page.getByRole("heading", { level: 2, name: "Export" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Export" })).toHaveAttribute("aria-current", "page");

  const classes = page.getByRole("table", { name: /Equivalence classes among the 800 responses/ });
  await expect(classes).toBeVisible();
  await expect(classes.getByRole("row", { name: /As answered/ })).toBeVisible();
  await expect(page.getByRole("alert")).toContainText("below k = 5");
  await expectNoSeriousAxeViolations(page);

  // With JavaScript the check follows the form: no need to press "Update the privacy check".
  await page.getByRole("radio", { name: /Coarsened to meet k/ }).check();
  await expect(page).toHaveURL(/coarsen=yes/);
  await expect(page.getByRole("status")).toContainText(
    "coarsened so that every class has at least 5 responses",
  );
  await expect(classes.getByRole("row", { name: /After coarsening/ })).toBeVisible();
  // The default limit lets up to 2% of the 800 be suppressed locally (docs/exports.md: 13 on this panel).
  await expect(page.getByRole("status")).toContainText(
    /\d+ responses stayed in classes smaller than 5 \(the limit of 2% allows 16 responses\): all their quasi-identifiers/,
  );
  await expect(classes.getByRole("columnheader", { name: "Responses locally suppressed" })).toBeVisible();

  // A limit out of range comes back with the form and a message on the field, and no downloads.
  const limit = page.getByRole("spinbutton", { name: /Suppression limit/ });
  await limit.fill("12");
  await page.getByRole("button", { name: "Update the privacy check" }).click();
  await expect(page).toHaveURL(/suppression=12/);
  await expect(page.getByRole("alert")).toContainText(
    "The suppression limit must be a number from 0 to 10 (%).",
  );
  await expect(limit).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("button", { name: "responses.csv" })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);

  await limit.fill("5");
  await page.getByRole("button", { name: "Update the privacy check" }).click();
  await expect(page).toHaveURL(/suppression=5/);
  await expect(page.getByRole("status")).toContainText("the limit of 5% allows 40 responses");

  // The download is a button of the same form: a POST with the options and the CSRF token.
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "responses.csv" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("support-work-and-erosion-v1-k5-responses.csv");
  const csv = await readFile(await download.path(), "utf8");
  const lines = csv.split("\r\n");
  expect(lines[0]).toMatch(
    /^response_id,instrument_version,submitted_on,duration_seconds,excluded,is_synthetic,consent,age_18,support_experience,/,
  );
  expect(lines[0]).toContain(",years_support_band,");
  expect(lines[0]?.endsWith(",institutional_support,capacity_drop")).toBe(true);
  expect(lines.filter((line) => line !== "")).toHaveLength(801);
});

test("without JavaScript, a download whose options changed since the check shows the check first", async ({
  browser,
}) => {
  test.slow();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signInAsDemoResearcher(page, EXPORT_PATH);
  await expect(page.getByText(/This export holds 800\./)).toBeVisible();

  // Options changed, "Update the privacy check" not pressed: the file the button would give is not
  // the one the check on screen describes, so nothing is downloaded and the new check is shown.
  await page.getByRole("radio", { name: /Coarsened to meet k/ }).check();
  await page.getByRole("spinbutton", { name: /^k:/ }).fill("6");
  await page.getByRole("button", { name: "load.R" }).click();
  await expect(page).toHaveURL(/coarsen=yes&k=6&.*notice=options-changed/);
  await expect(page.getByText(/Nothing was downloaded: the options in the form had changed/)).toBeVisible();
  await expect(page.getByRole("status")).toContainText("every class has at least 6 responses");

  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "load.R" }).click();
  expect((await downloading).suggestedFilename()).toBe("support-work-and-erosion-v1-k6-load.R");
  await context.close();
});
