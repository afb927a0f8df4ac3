import { expect, type Page, test } from "@playwright/test";
import { answerCurrentPage } from "./support/answer-survey";
import { BILINGUAL_SURVEY_PATH, PSEUDO_BIDI_SURVEY_PATH } from "./support/e2e-surveys";

// No right-to-left catalog ships, and none is invented: the e2e server (PSEUDO_LOCALES=1) offers the bidi
// pseudo-locale ar-XB, English forced right-to-left (docs/decisions/055). Screenshots for people to look at go
// to test-results/direction-screens/ (outside Playwright's own folder, which it empties at start).
const SCREENS = "test-results/direction-screens";
const WIDTHS = [390, 1280] as const;

// The "phone" project (every respondent spec at 360 px, playwright.config.ts) would only repeat these widths.
test.skip(({ isMobile }) => isMobile, "sets its own screen widths");

type Side = "left" | "right" | "both";

/**
 * Where things sit on the current page: on which side of its label text each choice's box is, which edge of its
 * line the progress text keeps to, on which side the primary button is beside "Back", and the sideways overflow.
 */
function layoutFacts(page: Page) {
  return page.evaluate(() => {
    const sideOf = (inner: DOMRect, outer: DOMRect): Side => {
      const right = Math.abs(inner.right - outer.right) < 1;
      const left = Math.abs(inner.left - outer.left) < 1;
      return right && left ? "both" : right ? "right" : "left";
    };
    const text = (from: Node, to: Node) => {
      const range = document.createRange();
      range.setStartAfter(from);
      range.setEndAfter(to);
      return range.getBoundingClientRect();
    };
    const choices = [...document.querySelectorAll("main .options .option, main .option--consent")].map(
      (label) => {
        const input = label.querySelector("input")!.getBoundingClientRect();
        const words = text(label.querySelector("input")!, label.lastChild!);
        return input.left + input.width / 2 > words.left + words.width / 2 ? "right" : "left";
      },
    );
    const progress = document.querySelector("#progress-label")!;
    const progressRange = document.createRange();
    progressRange.selectNodeContents(progress);
    const next = document.querySelector('button[value="next"]')?.getBoundingClientRect();
    const back = document.querySelector('button[value="back"]')?.getBoundingClientRect();
    return {
      dir: document.documentElement.dir,
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      choices: [...new Set(choices)],
      progress: sideOf(progressRange.getBoundingClientRect(), progress.getBoundingClientRect()),
      primaryBesideBack: next && back ? (next.left > back.left ? "right" : "left") : null,
    };
  });
}

async function screenshot(page: Page, name: string, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.screenshot({ path: `${SCREENS}/${name}-${width}.png`, fullPage: true });
}

async function continueFrom(page: Page): Promise<void> {
  const heading = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
  await page.locator('button[value="next"]').click();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(heading);
}

test("a right-to-left survey mirrors its layout at 390 and 1280 px, and nothing scrolls sideways", async ({
  page,
}) => {
  test.slow(); // five pages at two widths, each photographed
  await page.goto(`${PSEUDO_BIDI_SURVEY_PATH}?lang=ar-XB`);
  await expect(page.locator("html")).toHaveAttribute("lang", "ar-XB");
  await page.locator('button[value="next"]').click();
  // A refused question's bar is at its start: the right.
  const refused = page.locator(".field--error").first();
  await expect(refused).toHaveCSS("border-right-width", "4px");
  await expect(refused).toHaveCSS("border-left-width", "0px");
  for (const width of WIDTHS) await screenshot(page, "rtl-refused", width);
  await answerCurrentPage(page);
  await continueFrom(page);
  const workPath = new URL(page.url()).pathname;
  for (const width of WIDTHS) {
    await screenshot(page, "rtl-question", width);
    const facts = {
      dir: "rtl",
      overflow: 0,
      choices: ["right"],
      progress: "right",
      primaryBesideBack: "right",
    };
    expect(await layoutFacts(page), `ar-XB at ${width} px`).toEqual(facts);
  }
  // The same page left-to-right: every fact flips, so the checks above can tell the two apart.
  await page.goto(`${workPath}?lang=en`);
  for (const width of WIDTHS) {
    await screenshot(page, "ltr-question", width);
    const facts = { dir: "ltr", overflow: 0, choices: ["left"], progress: "left", primaryBesideBack: "left" };
    expect(await layoutFacts(page), `en at ${width} px`).toEqual(facts);
  }

  await page.goto(`${workPath}?lang=ar-XB`);
  await answerCurrentPage(page);
  await continueFrom(page);
  for (const width of WIDTHS) await screenshot(page, "rtl-matrix", width);
  await answerCurrentPage(page);
  await continueFrom(page);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  for (const width of WIDTHS) {
    await screenshot(page, "rtl-review", width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
  }
});

test.describe("in Spanish", () => {
  test.use({ locale: "es-ES" });

  test("long Spanish words wrap on a phone and on a desktop, without sideways scrolling", async ({
    page,
  }) => {
    await page.goto(BILINGUAL_SURVEY_PATH);
    await answerCurrentPage(page);
    await continueFrom(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    for (const width of WIDTHS) {
      await screenshot(page, "es-question", width);
      const facts = {
        dir: "ltr",
        overflow: 0,
        choices: ["left"],
        progress: "left",
        primaryBesideBack: "left",
      };
      expect(await layoutFacts(page), `es at ${width} px`).toEqual(facts);
    }
    await page.getByRole("textbox", { name: /Años en soporte/ }).fill("2,5");
    await continueFrom(page);
    for (const width of WIDTHS) await screenshot(page, "es-matrix", width);
  });
});
