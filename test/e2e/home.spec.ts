import { expect, test } from "@playwright/test";

test("the home page explains the project and its links lead somewhere real", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Support work is invisible");

  await page
    .getByRole("link", { name: /start the survey/i })
    .first()
    .click();
  await expect(page).toHaveURL(/\/s\/support-work-and-erosion\/p\/consent$/);
  await expect(page.getByText("Support Work and Erosion Survey").first()).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Before you start");

  await page.goto("/");
  await page
    .getByRole("link", { name: /Institutional support and the erosion of support work \(synthetic demo\)/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/findings\/support-and-erosion-demo$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Institutional support");

  await page.goto("/");
  await page.getByRole("link", { name: "All published findings" }).click();
  await expect(page).toHaveURL(/\/findings$/);
  await expect(page.getByRole("heading", { level: 1, name: "Published findings" })).toBeVisible();

  await page.goto("/");
  await page.getByRole("main").getByRole("link", { name: "research lab" }).click();
  await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Flab$/);
  await expect(page.getByRole("heading", { level: 1, name: "Researcher sign-in" })).toBeVisible();
});

test("unknown addresses get a real 404 page with a way back", async ({ page }) => {
  const response = await page.goto("/this/does/not/exist");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await page.getByRole("link", { name: "Back to the home page" }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("pages request nothing from other hosts", async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(baseURL ?? "") && !request.url().startsWith("data:"))
      foreign.push(request.url());
  });
  for (const path of ["/", "/findings", "/sign-in", "/s/support-work-and-erosion"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(foreign).toEqual([]);
});
