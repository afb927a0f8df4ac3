import { expect, type Page } from "@playwright/test";
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { E2E_DATABASE_FILE } from "./e2e-server";

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

/**
 * A researcher of the test's own, created with the real CLI in the e2e server's database, for tests
 * that must not disturb the demo researcher's sessions in other tests (e.g. "Sign out everywhere").
 */
export async function addResearcher(email: string): Promise<{ email: string; password: string }> {
  const { stdout } = await promisify(execFile)(
    path.resolve("node_modules/.bin/tsx"),
    ["scripts/add-researcher.ts", "--email", email],
    { env: { ...process.env, DATABASE_URL: `file:./${E2E_DATABASE_FILE}`, NODE_ENV: "production" } },
  );
  const password = /One-time password[^:]*: (\S+)/.exec(stdout)?.[1];
  if (!password) throw new Error(`no password in: ${stdout}`);
  return { email, password };
}

/** Signs in through the real form as the given researcher and waits for the lab. */
export async function signInAs(page: Page, { email, password }: { email: string; password: string }) {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Lab" })).toBeVisible();
}
