import { expect, test, type Page } from "@playwright/test";
import { base32Decode, hotp, totpStep } from "../../app/auth/totp.server";
import { signInAs, signInAsDemoResearcher } from "./support/lab-sign-in";

// The demo researcher is a site administrator (ensureDemoResearcher). Each test makes its own account.

/** A code the app would show, for a step after the one the set-up used (a step is accepted once). */
const codeFor = (shownSecret: string) => hotp(base32Decode(shownSecret), totpStep(new Date()) + 1);

async function changePassword(page: Page, current: string, next: string) {
  await expect(page).toHaveURL(/\/lab\/account$/);
  await page.getByLabel("Current password").fill(current);
  await page.getByLabel("New password", { exact: true }).fill(next);
  await page.getByLabel("New password again").fill(next);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status")).toContainText("Your password is changed.");
}

for (const javaScriptEnabled of [false, true]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });
    // Long journeys (two browsers, four or five scrypt sign-ins and password changes): on the shared
    // 2-core machine under load they outgrow the default 30 s.
    test.slow();

    test("an administrator creates an account and resets its password; each is shown once", async ({
      page,
      browser,
    }) => {
      const email = `made-${javaScriptEnabled ? "js" : "nojs"}-${Date.now()}@example.org`;
      await signInAsDemoResearcher(page);
      await page.getByRole("navigation", { name: "Lab" }).getByRole("link", { name: "Accounts" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Accounts" })).toBeVisible();
      await page.getByLabel("E-mail address").fill(email);
      await page.getByRole("button", { name: "Create account" }).click();
      const created = await page.locator(".shown-once code").textContent();
      expect(created).toMatch(/^[\w-]{24}$/);

      await page.getByRole("button", { name: `Reset password: ${email}` }).click();
      await expect(page.getByRole("status")).toContainText(`New one-time password for ${email}`);
      const reset = (await page.locator(".shown-once code").textContent()) ?? "";
      expect(reset).not.toBe(created);

      const theirs = await browser.newContext({ javaScriptEnabled });
      try {
        const other = await theirs.newPage();
        await signInAs(other, { email, password: reset });
        // The one-time password opens only the change-password page.
        await other.goto("/lab/surveys");
        await changePassword(other, reset, "their own passphrase 2026");
        await other.goto("/lab/surveys");
        await expect(other.getByRole("heading", { level: 1, name: "Surveys" })).toBeVisible();
      } finally {
        await theirs.close();
      }
    });

    test("a researcher turns on one-time codes and signs in with one", async ({ page, browser }) => {
      const email = `totp-${javaScriptEnabled ? "js" : "nojs"}-${Date.now()}@example.org`;
      const admin = await browser.newContext({ javaScriptEnabled });
      let password = "";
      try {
        const adminPage = await admin.newPage();
        await signInAsDemoResearcher(adminPage, "/lab/admin/accounts");
        await adminPage.getByLabel("E-mail address").fill(email);
        await adminPage.getByLabel("Password (optional)").fill("a first passphrase");
        await adminPage.getByRole("button", { name: "Create account" }).click();
        await expect(adminPage.locator(".shown-once code")).toHaveText("a first passphrase");
        password = "a first passphrase";
      } finally {
        await admin.close();
      }
      await signInAs(page, { email, password });
      await changePassword(page, password, "my own passphrase 2026");
      await page.getByRole("link", { name: "Set up one-time codes" }).click();
      await page.getByRole("button", { name: "Set up one-time codes" }).click();
      await expect(page.getByRole("img", { name: "QR code of the set-up key" })).toBeVisible();
      const secret = (await page.getByTestId("totp-secret").textContent()) ?? "";
      await page.getByLabel("Code from the app").fill(hotp(base32Decode(secret), totpStep(new Date())));
      await page.getByRole("button", { name: "Turn on one-time codes" }).click();
      await expect(page.getByRole("heading", { name: "Your 10 recovery codes" })).toBeVisible();
      await expect(page.locator(".recovery-codes li")).toHaveCount(10);

      await page.getByRole("button", { name: "Sign out", exact: true }).click();
      // Waiting for the signed-out page, not going to /sign-in at once: with JavaScript the sign-out is a
      // fetch that a navigation started straight away can cancel, leaving the session alive (the lab opens).
      await expect(page).toHaveURL(/\/sign-in\?signed-out=1$/);
      await expect(page.getByRole("status")).toHaveText("You have signed out.");
      await page.getByLabel("E-mail address").fill(email);
      await page.getByLabel("Password").fill("my own passphrase 2026");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Enter your one-time code" })).toBeVisible();
      await page.getByLabel("Code").fill("000000");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("alert")).toContainText("That code is wrong or was already used.");
      await page.getByLabel("Code").fill(codeFor(secret));
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("navigation", { name: "Lab" })).toBeVisible();
      await expect(page.getByRole("heading", { level: 1, name: "Research lab" })).toBeVisible();
    });
  });
}
