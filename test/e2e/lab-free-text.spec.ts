import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./support/answer-survey";
import { importDefaultSurveyWithPanel } from "./support/lab-import";
import { signInAsDemoResearcher } from "./support/lab-sign-in";

// A copy of the default survey with its own small panel: redacting and coding change its answers, which
// no other test reads, and no response is sent to the demo survey.
let slug = "";

test.beforeAll(async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await browser.newPage();
  slug = await importDefaultSurveyWithPanel(page, "free-text", 80);
  await page.close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a researcher builds a codebook, codes an answer and redacts part of another", async ({ page }) => {
    test.slow(); // a dozen form posts, each a full page load without JavaScript
    await signInAsDemoResearcher(page, `/lab/surveys/${slug}`);
    await page.getByRole("navigation", { name: "Survey" }).getByRole("link", { name: "Free text" }).click();
    await expect(page.getByRole("link", { name: "Free text" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("heading", { level: 2, name: "Free-text answers" })).toBeVisible();

    // The codebook: an empty name and a duplicate are refused beside the field.
    await page.getByRole("button", { name: "Add code" }).click(); // `required` is not checked: no validation by the browser
    await page.getByLabel("Name").last().fill("Staffing");
    await page.getByRole("button", { name: "Add code" }).click();
    await expect(page.getByRole("status")).toHaveText('The code "Staffing" is in the codebook.');
    await page.getByLabel("Name").last().fill("staffing");
    await page.getByRole("button", { name: "Add code" }).click();
    await expect(page.locator("#code-new-name-error")).toContainText(
      'There is already a code called "staffing".',
    );
    await page.getByLabel("Name").last().fill("Management");
    await page.getByRole("button", { name: "Add code" }).click();
    await expect(page.getByRole("status")).toContainText("Management");

    // Code the first answer; the count follows.
    const first = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { level: 4 }) })
      .first();
    const firstHeading = (await first.getByRole("heading", { level: 4 }).innerText()).trim();
    await first.getByRole("checkbox", { name: "Staffing" }).check();
    await first.getByRole("button", { name: /^Save codes/ }).click();
    await expect(page.getByRole("status")).toContainText("is coded Staffing.");
    await expect(page.getByTestId("count-protect_text-Staffing")).toHaveText("1");
    await expect(page.getByTestId("count-protect_text-Management")).toHaveText("0");
    const responseLink = first.getByRole("link", { name: /^Response / });
    await expect(responseLink).toHaveAttribute(
      "href",
      new RegExp(`^/lab/surveys/${slug}/responses/[0-9a-f-]{36}$`),
    );
    expect((await first.getByRole("heading", { level: 4 }).innerText()).trim()).toBe(firstHeading);
    await expect(first.getByRole("checkbox", { name: "Staffing" })).toBeChecked();

    // Redact a word of the second answer: a passage that is not there is refused on the field.
    const second = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { level: 4 }) })
      .nth(1);
    const text = await second.locator("blockquote").innerText();
    const word = text.split(/\s+/).find((candidate) => /^[A-Za-z]{4,}$/.test(candidate))!;
    await second.getByText("Redact part of this answer").click();
    await second.getByLabel("Passage to redact").fill(`${word} not in this answer`);
    await second.getByRole("button", { name: /^Redact/ }).click();
    await expect(second.getByText(/That passage is not in this answer/)).toBeVisible();
    await expect(second.getByLabel("Passage to redact")).toHaveValue(`${word} not in this answer`);
    await second.getByLabel("Passage to redact").fill(word);
    await second.getByRole("button", { name: /^Redact/ }).click();
    await expect(page.getByRole("status")).toContainText("the original is not kept");
    const redacted = await second.locator("blockquote").innerText();
    expect(redacted).toContain("[redacted]");
    expect(redacted.split(/\W+/)).not.toContain(word);

    // The counts download as a CSV.
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download counts per code (CSV)" }).click();
    expect((await download).suggestedFilename()).toBe(`${slug}-free-text-code-counts.csv`);
  });
});

test("the free-text tab passes axe", async ({ page }) => {
  test.slow(); // every answer carries three forms: a large page for axe
  await signInAsDemoResearcher(page, `/lab/surveys/${slug}/free-text`);
  await expect(page.getByRole("heading", { level: 2, name: "Free-text answers" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});
