import { expect, type Page, test } from "@playwright/test";
import { answerCurrentPage, DEMO_SURVEY_PATH } from "./support/answer-survey";

const PUBLIC_PAGES = [
  "/",
  "/findings",
  "/findings/support-and-erosion-demo",
  "/codebook/support-work-and-erosion/v/1",
];

/** How far the page scrolls sideways, with every disclosure ("Show the data", BibTeX…) open. */
async function sidewaysScroll(page: Page): Promise<number> {
  for (const summary of await page.locator("details > summary").all()) await summary.click();
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

// Issue 15, items 6–7: phones from 320 px; wide tables scroll inside their own box, never the page.
for (const width of [320, 390]) {
  test.describe(`a ${width}-px phone`, () => {
    test.use({ viewport: { width, height: 740 }, javaScriptEnabled: false });

    test("reads every public page without sideways scrolling", async ({ page }) => {
      for (const path of PUBLIC_PAGES) {
        await page.goto(path);
        expect(await sidewaysScroll(page), path).toBeLessThanOrEqual(0);
      }
    });

    test("sees a 0–10 scale on one line, its end labels above its ends", async ({ page }) => {
      await page.goto(DEMO_SURVEY_PATH);
      const scale = page.locator(".rating-options").first();
      const heading = page.getByRole("heading", { level: 1 });
      for (let step = 0; step < 12 && !(await scale.count()); step++) {
        const title = (await heading.textContent()) ?? "";
        await answerCurrentPage(page);
        await page.getByRole("button", { name: /^Continue/ }).click();
        await expect(heading).not.toHaveText(title); // the next page has loaded before it is searched
      }
      const tops = await scale
        .locator(".option")
        .evaluateAll((options) => options.map((option) => Math.round(option.getBoundingClientRect().top)));
      expect(tops.length).toBe(11);
      expect(new Set(tops).size).toBe(1);
      const widths = await scale
        .locator(".option")
        .evaluateAll((options) => options.map((option) => option.getBoundingClientRect().width));
      // WCAG 2.5.8: targets of 24 px, or spaced so 24-px circles around them do not overlap.
      expect(Math.min(...widths) + 3).toBeGreaterThanOrEqual(24);
      const box = (await scale.boundingBox())!;
      const anchors = page.locator(".rating-anchors").first().locator("span");
      const [low, high] = [(await anchors.first().boundingBox())!, (await anchors.last().boundingBox())!];
      expect(Math.abs(low.x - box.x)).toBeLessThan(2);
      expect(Math.abs(high.x + high.width - (box.x + box.width))).toBeLessThan(2);
      expect(high.y + high.height).toBeLessThanOrEqual(box.y);
      expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    });
  });
}
