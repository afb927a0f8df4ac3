import { expect, test } from "@playwright/test";
import { copyMistakes } from "../support/copy-checks";
import { answerCurrentPage, DEMO_SURVEY_PATH } from "./support/answer-survey";
import {
  HARM_TRAJECTORY,
  unqualifiedTrajectorySentences,
  withinPersonPhrases,
} from "../support/within-person-wording";

const DEMO_FINDING = "/findings/support-and-erosion-demo";

/** What a reader meets on a page: its text (scripts and styles left out) and every alt, title and aria-label. */
function readerText(html: string): string {
  const withoutCode = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, " ");
  const attributes = [...withoutCode.matchAll(/\b(?:alt|aria-label|title)="([^"]*)"/gi)].map((m) => m[1]);
  const text = withoutCode.replace(/<[^>]+>/g, "\n");
  return [text, ...attributes]
    .join("\n")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

// Issue 10, item 4: the survey compares different people at one moment, so the published finding — narrative,
// headline, captions, alt texts, tables and methods — never describes change within a person.
test("the demo finding, its list entry and the home page speak of differences between people", async ({
  request,
}) => {
  const pages = await Promise.all(
    [DEMO_FINDING, "/findings", "/"].map(async (path) => {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      return readerText(await response.text());
    }),
  );
  const finding = pages[0]!;
  expect(finding).toContain("years in support");
  expect(finding).toMatch(HARM_TRAJECTORY);
  for (const text of pages) {
    expect(withinPersonPhrases(text)).toEqual([]);
    expect(unqualifiedTrajectorySentences(text)).toEqual([]);
  }
});

// Issue 15, item 14: every public page — the finding, its list, the codebook and the respondent's pages —
// without doubled punctuation, a hyphen-minus before a number in running text, or a negative zero.
test("public pages are free of doubled punctuation, hyphen-minus numbers and negative zeros", async ({
  request,
}) => {
  const paths = [
    "/",
    "/findings",
    DEMO_FINDING,
    "/codebook/support-work-and-erosion/v/1",
    "/s/support-work-and-erosion/p/consent",
    "/s/support-work-and-erosion/not-eligible?from=consent",
    "/s/support-work-and-erosion/thanks",
  ];
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(copyMistakes(readerText(await response.text())), path).toEqual([]);
  }
});

test.describe("every page of the survey", () => {
  test.use({ javaScriptEnabled: false });

  // Walks to the review without sending: a stored response would change what other specs count (the export's 800).
  test("reads without doubled punctuation, repeated words or hyphen-minus numbers", async ({ page }) => {
    test.slow(); // every page of the survey, read and answered in turn
    const mistakes: string[] = [];
    const heading = page.getByRole("heading", { level: 1 });
    await page.goto(DEMO_SURVEY_PATH);
    let pages = 0;
    for (; pages < 30; pages++) {
      const title = (await heading.textContent()) ?? "";
      for (const mistake of copyMistakes(readerText(await page.content())))
        mistakes.push(`${title}: ${mistake}`);
      if (title === "Check your answers") break;
      await answerCurrentPage(page);
      await page.getByRole("button", { name: /^Continue/ }).click();
      await expect(heading).not.toHaveText(title);
    }
    expect(pages).toBeGreaterThan(5);
    expect(mistakes).toEqual([]);
  });
});
