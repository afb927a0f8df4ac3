import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { addResearcher, DEMO_RESEARCHER, signInAs, signInAsDemoResearcher } from "./support/lab-sign-in";

// The survey the seed opens (prisma/seed.ts).
const DEMO_SURVEY_SLUG = "support-work-and-erosion";

async function seriousAccessibilityViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    );
}

for (const javaScriptEnabled of [false, true]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("the demo researcher signs in, reaches the page they asked for, and signs out", async ({ page }) => {
      await signInAsDemoResearcher(page, "/lab/audit");
      await expect(page).toHaveURL(/\/lab\/audit$/);
      await expect(page.getByRole("heading", { level: 1, name: "Audit trail" })).toBeVisible();
      await expect(page.getByRole("cell", { name: "sign-in", exact: true }).first()).toBeVisible();

      await page.getByRole("navigation", { name: "Lab" }).getByRole("link", { name: "Overview" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Research lab" })).toBeVisible();
      await expect(page.getByRole("main")).toContainText(`You are signed in as ${DEMO_RESEARCHER.email}`);

      await page.getByRole("button", { name: "Sign out", exact: true }).click();
      await expect(page).toHaveURL(/\/sign-in\?signed-out=1$/);
      await expect(page.getByRole("status")).toHaveText("You have signed out.");
      await page.goto("/lab");
      await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Flab$/);
    });

    // An account of this test's own: signing the demo researcher out everywhere would end other tests'
    // sessions. Created before the test (the CLI takes a few seconds on a busy machine).
    let researcher: { email: string; password: string };
    test.beforeAll(async () => {
      researcher = await addResearcher(`everywhere-${test.info().workerIndex}-${Date.now()}@example.org`);
    });

    test("Sign out everywhere ends the session in another browser too", async ({ page, browser }) => {
      const otherBrowser = await browser.newContext({ javaScriptEnabled });
      try {
        const otherPage = await otherBrowser.newPage();
        await signInAs(otherPage, researcher);
        await signInAs(page, researcher);

        await page.getByRole("button", { name: "Sign out everywhere" }).click();
        await expect(page).toHaveURL(/\/sign-in\?signed-out=everywhere$/);
        await expect(page.getByRole("status")).toHaveText("You have signed out on every device and browser.");

        await otherPage.goto("/lab/audit");
        await expect(otherPage).toHaveURL(/\/sign-in\?redirectTo=%2Flab%2Faudit$/);
      } finally {
        await otherBrowser.close();
      }
    });

    test("a wrong password is refused with one message that does not say which part was wrong", async ({
      page,
    }) => {
      await page.goto("/sign-in");
      await page.getByLabel("E-mail address").fill(DEMO_RESEARCHER.email);
      await page.getByLabel("Password").fill("not-the-password");
      await page.getByRole("button", { name: "Sign in" }).click();
      const summary = page.getByRole("alert");
      await expect(summary).toContainText("The e-mail address or password is wrong.");
      if (javaScriptEnabled) await expect(summary).toBeFocused();
      await expect(page.getByLabel("E-mail address")).toHaveValue(DEMO_RESEARCHER.email);
      await expect(page.getByLabel("Password")).toHaveValue("");
    });
  });
}

test("a session cookie copied before sign-out opens nothing once the researcher has signed out", async ({
  page,
  context,
  playwright,
  baseURL,
}) => {
  await signInAsDemoResearcher(page, "/lab/audit");
  const copied = (await context.cookies()).find((cookie) => cookie.name === "__ns_session");
  expect(copied, "the session cookie").toBeDefined();
  const csrfToken = await page.locator('input[name="csrf"]').first().inputValue();
  // Another client holding a copy of the cookie, as a thief would.
  const replay = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { Cookie: `__ns_session=${copied?.value}` },
  });
  try {
    // The copy works while the session lives, so the refusals below are the sign-out's doing.
    expect((await replay.get("/lab/audit", { maxRedirects: 0 })).status()).toBe(200);

    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page).toHaveURL(/\/sign-in\?signed-out=1$/);

    const labPage = await replay.get("/lab/audit", { maxRedirects: 0 });
    expect(labPage.status()).toBe(302);
    expect(labPage.headers()["location"]).toBe("/sign-in?redirectTo=%2Flab%2Faudit");
    expect(await (await replay.get("/lab/audit")).text()).toContain("Researcher sign-in");

    const action = await replay.post(`/lab/surveys/${DEMO_SURVEY_SLUG}`, {
      form: { csrf: csrfToken, intent: "close" },
      maxRedirects: 0,
    });
    expect(action.status()).toBe(302);
    expect(action.headers()["location"]).toMatch(/^\/sign-in\?redirectTo=/);
    // Still open: its address sends a new respondent on to the first page.
    const survey = await playwright.request.newContext({ baseURL });
    expect((await survey.get(`/s/${DEMO_SURVEY_SLUG}`, { maxRedirects: 0 })).status()).toBe(302);
    await survey.dispose();
  } finally {
    await replay.dispose();
  }
});

test("missing fields are named in an error summary whose links lead to the fields", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in" }).click();
  const summary = page.getByRole("alert");
  await expect(summary.getByRole("link", { name: "Enter your password" })).toBeVisible();
  await summary.getByRole("link", { name: /e-mail/i }).click();
  await expect(page.getByLabel("E-mail address")).toBeFocused();
  await expect(page.getByLabel("E-mail address")).toHaveAttribute("aria-invalid", "true");
});

test("the sign-in page has no serious accessibility problems, before and after a failed attempt", async ({
  page,
}) => {
  await page.goto("/sign-in");
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
});
