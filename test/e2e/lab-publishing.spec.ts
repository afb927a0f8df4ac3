import { expect, test } from "@playwright/test";
import { importDefaultSurveyWithPanel } from "./support/lab-import";

// Issue 15 item 10, without JavaScript: a survey of the test's own (the demo finding stays as other specs
// expect it) gets a first finding through preview → publish; the next visit starts from that finding;
// withdrawing it leaves a 410 tombstone with the citation and the reason.
test.use({ javaScriptEnabled: false });

test("a researcher previews, publishes, is offered the next version, and withdraws the finding", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const slug = await importDefaultSurveyWithPanel(page, "publish", 150);
  const address = `${slug}-finding`;
  await page.goto(`/lab/surveys/${slug}/analysis`); // signed in by the import
  const publishing = page.getByRole("form", { name: "Finding to publish" });
  await expect(page.getByText("This survey has no finding yet: this will be its first.")).toBeVisible();
  await publishing.getByLabel("Address of the new finding").fill(address);
  await publishing
    .getByLabel("Summary")
    .fill("What this journey test publishes, previewed first and then withdrawn.");

  await publishing.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByText(/^Preview, not published/)).toBeVisible();
  const preview = page.locator(".finding-preview");
  await expect(preview.getByRole("heading", { level: 1 })).toHaveText("Support Work and Erosion Survey");
  await expect(preview.getByRole("group", { name: "Headline result" })).toContainText("95% CI");
  await expect(preview.getByText(`/findings/${address}/v/1`).first()).toBeVisible();
  const response = await page.request.get(`/findings/${address}`);
  expect(response.status()).toBe(404); // a preview stores nothing

  await publishing.getByRole("button", { name: "Publish version 1" }).click();
  await expect(page).toHaveURL(new RegExp(`/findings/${address}/v/1$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Support Work and Erosion Survey");

  // The next visit defaults to a new version of that finding, prefilled from it.
  await page.goto(`/lab/surveys/${slug}/analysis`);
  await expect(page.getByLabel("Publish as", { exact: true })).toHaveValue(address);
  await expect(publishing.getByLabel("Summary")).toHaveValue(/previewed first and then withdrawn/);
  await expect(publishing.getByRole("button", { name: "Publish version 2" })).toBeVisible();

  await page.goto("/lab/findings");
  const card = page
    .getByRole("listitem")
    .filter({ has: page.getByText(`/findings/${address}`, { exact: true }) });
  await card.getByText("Withdraw this finding…").click();
  await card.getByLabel("Why is it withdrawn?").fill("Published by the journey test; not a real result.");
  await card.getByRole("button", { name: "Withdraw" }).click();
  await expect(page.getByRole("status")).toContainText(`/findings/${address} now shows a tombstone`);

  const gone = await page.goto(`/findings/${address}`);
  expect(gone?.status()).toBe(410);
  await expect(page.getByRole("note")).toContainText("Published by the journey test; not a real result.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Support Work and Erosion Survey");
  await expect(page.getByText(`/findings/${address}/v/1`).first()).toBeVisible();
  await expect(page.getByText("Version 1, published")).toHaveCount(2);
});
