import { expect, type Page } from "@playwright/test";

// The demo researcher the seed creates (README, "Signing in to the lab").
export const DEMO_RESEARCHER = { email: "demo@negative-space.example", password: "demo-researcher-2026" };

/** Signs in through the real form, starting from a lab page, and waits for the lab to appear. */
export async function signInAsDemoResearcher(page: Page, labPath = "/lab"): Promise<void> {
  await page.goto(labPath);
  await expect(page).toHaveURL(/\/sign-in\?redirectTo=/);
  await page.getByLabel("E-mail address").fill(DEMO_RESEARCHER.email);
  await page.getByLabel("Password").fill(DEMO_RESEARCHER.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Lab" })).toBeVisible();
}
