import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { importAndOpenMiniSurvey } from "./support/lab-import";

// Issue #6's researcher journey on a fresh survey: import a definition, open it, watch a
// response arrive from a respondent, exclude it with a reason, and export.
test("a researcher imports a survey, opens it, sees a response arrive, excludes it and exports", async ({
  page,
  browser,
}) => {
  test.slow();
  const slug = await importAndOpenMiniSurvey(page, "e2e-mini");

  const respondentContext = await browser.newContext({ javaScriptEnabled: false });
  const respondent = await respondentContext.newPage();
  await respondent.goto(`/s/${slug}`);
  await respondent.getByRole("checkbox", { name: "I agree" }).check();
  await respondent.getByRole("radio", { name: "Yes" }).check();
  await respondent.getByRole("button", { name: "Continue" }).click();
  await respondent.getByLabel(/Years in support/).fill("4");
  await respondent.getByRole("button", { name: "Continue" }).click();
  await respondent.getByRole("button", { name: /^Continue/ }).click();
  await expect(respondent.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
  await respondent.getByRole("button", { name: "Send my answers" }).click();
  await expect(respondent.getByRole("heading", { level: 1 })).toHaveText("Thank you — your answers are in");
  await respondentContext.close();

  await page.getByRole("link", { name: "Responses" }).click();
  await expect(page.getByRole("main").getByText(/^1 completed responses;/)).toBeVisible();
  await expect(page.getByRole("img", { name: /1 completed responses over 1 days/ })).toBeVisible();

  const exportCsv = async () => {
    await page.getByRole("link", { name: "Export" }).click();
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "responses.csv" }).click();
    return (await readFile(await (await downloading).path(), "utf8")).split("\r\n");
  };
  const [header, row = ""] = await exportCsv();
  expect(header).toMatch(
    /^response_id,instrument_version,submitted_on,duration_seconds,excluded,is_synthetic,consent,adult,years,/,
  );
  expect(row).toMatch(/^[0-9a-f-]{36},1,\d{4}-\d{2}-\d{2},\d+,,0,1,1,4,/);
  const responseId = row.split(",")[0] ?? "";

  // The team's own test answer is excluded by hand, with a reason, and the export says so.
  await page.getByRole("link", { name: "Data quality" }).click();
  const manual = page.getByRole("region", { name: "Exclude another response" });
  await manual.getByLabel("Response id").fill(responseId);
  await manual.getByLabel("Reason").fill("a test answer from the research team");
  await manual.getByRole("button", { name: "Exclude this response" }).click();
  await expect(page.getByRole("status")).toBeVisible();
  const [, excludedRow = ""] = await exportCsv();
  expect(excludedRow).toMatch(new RegExp(`^${responseId},1,[^,]+,\\d+,manual,0,`));
});
