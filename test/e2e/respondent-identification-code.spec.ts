import Database from "better-sqlite3";
import { expect, type Page, test } from "@playwright/test";
import { answerCurrentPage, expectNoSeriousAxeViolations } from "./support/answer-survey";
import { E2E_DATABASE_FILE } from "./support/e2e-server";
import { CODE_SURVEY_PATH, CODE_SURVEY_SLUG } from "./support/seed-code-survey";

// A wave of a panel study asks for an identification code (decision 059), at 390 px, with JavaScript off and on:
// every element has a labelled field and its own "I don't know"; the review says "Given", never the answer; the
// database keeps only keyed hashes.
test.use({ viewport: { width: 390, height: 844 } });
test.skip(({ isMobile }) => isMobile, "sets its own screen width");

const START = "Before you start";
const CODE = "Your personal code";

async function continueTo(page: Page, heading: string): Promise<void> {
  await page.getByRole("button", { name: /^Continue/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
}

/** The code page refuses an empty element, a digit for a letter, and an answer with "I don't know" ticked. */
async function refuseBadCode(page: Page): Promise<void> {
  const code = page.getByRole("group", { name: CODE });
  await code.getByRole("textbox", { name: /mother's first name/ }).fill("7");
  await code
    .getByRole("checkbox", { name: /^I don't know: The first letter of your own first name/ })
    .check();
  await code.getByRole("textbox", { name: /your own first name, as you were given it/ }).fill("m");
  await continueTo(page, CODE);
  const summary = page.getByRole("alert");
  await expect(summary.getByRole("link", { name: "Enter one letter." })).toBeVisible();
  await expect(
    summary.getByRole("link", { name: "Give an answer or tick “I don't know”, not both." }),
  ).toBeVisible();
  await expect(
    summary.getByRole("link", { name: "Give an answer, or tick “I don't know”." }).first(),
  ).toBeVisible();
}

async function giveCode(page: Page): Promise<void> {
  const code = page.getByRole("group", { name: CODE });
  await expect(code).toContainText("without knowing who you are");
  await expect(code).toContainText("nobody, including the researchers", { ignoreCase: true });
  const letter = code.getByRole("textbox", { name: /mother's first name/ });
  await expect(letter).toHaveAttribute("maxlength", "1");
  await expect(letter).toHaveAttribute("autocomplete", "off");
  await expect(letter).toHaveAttribute("autocapitalize", "characters");
  await letter.fill("é");
  await code.getByRole("textbox", { name: /your own first name, as you were given it/ }).fill("q");
  await code
    .getByRole("checkbox", { name: /^I don't know: The first letter of your own first name/ })
    .uncheck();
  await code.getByRole("checkbox", { name: /^I don't know: The first letter of your father's/ }).check();
  await code
    .getByRole("combobox", { name: "The month you were born", exact: true })
    .selectOption({ label: "July" });
  await code.getByRole("combobox", { name: /The day of the month/ }).selectOption("23");
  await code.getByRole("combobox", { name: /older brothers and sisters/ }).selectOption("2");
  await code.getByRole("textbox", { name: /primary school/ }).fill("s");
}

/** The pages after the code, whichever the shuffled role options lead to, up to the review. */
async function answerRestToReview(page: Page): Promise<void> {
  const heading = page.getByRole("heading", { level: 1 });
  for (let step = 0; step < 5 && (await heading.textContent()) !== "Check your answers"; step++) {
    const title = (await heading.textContent()) ?? "";
    await answerCurrentPage(page);
    await page.getByRole("button", { name: /^Continue/ }).click();
    await expect(heading).not.toHaveText(title);
  }
  await expect(heading).toHaveText("Check your answers");
}

/** The newest stored code: element id → hash or null, and the response's answers. */
function storedCode(): { elements: Record<string, string | null>; answers: string } {
  const database = new Database(E2E_DATABASE_FILE, { readonly: true, fileMustExist: true });
  try {
    const rows = database
      // This survey's own responses: the demo's panel study holds 1,600 synthetic ones with codes too.
      .prepare<[string], { elements: string; answers: string }>(
        'SELECT c."elements", r."answers" FROM "ResponseIdentificationCode" c JOIN "Response" r ON r."id" = c."responseId" JOIN "InstrumentVersion" v ON v."id" = r."instrumentVersionId" JOIN "Survey" s ON s."id" = v."surveyId" WHERE s."slug" = ?',
      )
      .all(CODE_SURVEY_SLUG);
    const last = rows.at(-1)!;
    return { elements: JSON.parse(last.elements) as Record<string, string | null>, answers: last.answers };
  } finally {
    database.close();
  }
}

/** `axe`: scan the code page (axe runs in the page, so only with JavaScript). */
async function answerWithCode(page: Page, { axe }: { axe: boolean }): Promise<void> {
  await page.goto(CODE_SURVEY_PATH);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(START);
  await answerCurrentPage(page);
  await continueTo(page, CODE);
  if (axe) await expectNoSeriousAxeViolations(page);
  await refuseBadCode(page);
  await giveCode(page);
  await continueTo(page, "Your work");
  await answerRestToReview(page);
  const main = page.getByRole("main");
  await expect(main).toContainText("Given");
  await expect(main).toContainText("I don't know");
  await expect(main).not.toContainText("July");

  // "Change" shows empty fields and says why.
  await page.getByRole("link", { name: /^Change.*Your personal code/ }).click();
  await expect(page.getByText("never kept")).toBeVisible();
  await expect(
    page.getByRole("group", { name: CODE }).getByRole("textbox", { name: /mother's first name/ }),
  ).toHaveValue("");
  await giveCode(page);
  await continueTo(page, "Check your answers");
  await page.getByRole("button", { name: "Send my answers" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you — your answers are in");

  const stored = storedCode();
  expect(stored.elements.father_initial).toBeNull();
  expect(stored.elements.mother_initial).toMatch(/^[0-9a-f]{64}$/);
  expect(stored.answers).not.toMatch(/mother_initial|panel_code/);
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("a respondent gives the code, sees 'Given' on the review, changes it, and only hashes are kept", async ({
    page,
  }) => {
    test.slow();
    await answerWithCode(page, { axe: false });
  });
});

test.describe("with JavaScript", () => {
  test("the same journey, and the code page is axe-clean", async ({ page }) => {
    test.slow();
    await answerWithCode(page, { axe: true });
  });
});
