import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./support/answer-survey";

const DEMO_FINDING = "/findings/support-and-erosion-demo";
const MIN_TEXT_PX = 11;
// five charts, their files, vega-embed and an axe scan of a long page
test.describe.configure({ timeout: 120_000 });

/** How far the page scrolls sideways. */
const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Scrolls each chart into view in turn, so lazy images load and charts turn interactive (with JavaScript). */
async function visitEveryChart(page: Page) {
  for (const canvas of await page.locator(".chart-canvas").all()) await canvas.scrollIntoViewIfNeeded();
}

/**
 * The smallest text of each static phone-layout chart as drawn, in CSS px: the smallest font-size in its SVG
 * file times the image's drawn width over the SVG's own width. Fails unless the wide inline chart is hidden.
 */
async function narrowImageTextSizes(page: Page): Promise<{ src: string; minPx: number; texts: number }[]> {
  const sizes = [];
  for (const canvas of await page.locator(".chart-canvas").all()) {
    await expect(canvas.locator(".chart-wide")).toBeHidden();
    const image = canvas.locator("img.chart-narrow");
    await expect(image).toBeVisible();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    const src = (await image.getAttribute("src"))!;
    const svg = await (await page.request.get(src)).text();
    const ownWidth = Number(/^<svg[^>]*\swidth="([\d.]+)"/.exec(svg)![1]);
    const fonts = [...svg.matchAll(/<text\b[^>]*font-size="([\d.]+)px"/g)].map((m) => Number(m[1]));
    const drawnWidth = (await image.boundingBox())!.width;
    sizes.push({ src, minPx: (Math.min(...fonts) * drawnWidth) / ownWidth, texts: fonts.length });
  }
  return sizes;
}

/** The smallest rendered size (CSS px) of the text of each interactive chart: font size × the SVG's scale. */
const interactiveTextSizes = (page: Page) =>
  page.locator(".chart-interactive svg").evaluateAll((svgs) =>
    svgs.map((svg) => {
      const texts = [...svg.querySelectorAll("text")].filter((t) => (t.textContent ?? "").trim() !== "");
      // the scale of the text's transform to the screen (rotated titles included)
      const scale = (t: SVGTextElement) => {
        const m = t.getScreenCTM();
        return m ? Math.hypot(m.a, m.b) : 0;
      };
      const px = texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale(t));
      return { width: svg.getBoundingClientRect().width, minPx: Math.min(...px), texts: texts.length };
    }),
  );

// Issue 15, item 8: charts on phones are drawn in their narrow layout, never as a shrunken 600-px chart.
for (const width of [320, 360, 390]) {
  test.describe(`charts on a ${width}-px phone`, () => {
    test.use({ viewport: { width, height: 800 } });

    test.describe("without JavaScript", () => {
      test.use({ javaScriptEnabled: false });

      test("shows each chart's phone layout, no text under 11 CSS px, without sideways scrolling", async ({
        page,
      }) => {
        await page.goto(DEMO_FINDING);
        await visitEveryChart(page);
        const sizes = await narrowImageTextSizes(page);
        expect(sizes).toHaveLength(5);
        for (const { src, minPx, texts } of sizes) {
          expect(texts, src).toBeGreaterThan(10);
          expect(minPx, src).toBeGreaterThanOrEqual(MIN_TEXT_PX);
        }
        // each image has the chart's alt text
        for (const image of await page.locator("img.chart-narrow").all())
          expect((await image.getAttribute("alt"))?.length).toBeGreaterThan(40);
        expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
      });
    });

    test("interactive charts use the phone layout too; the page stays axe-clean", async ({ page }) => {
      await page.goto(DEMO_FINDING);
      // one chart at a time: each turns interactive once it has been in view
      for (const canvas of await page.locator(".chart-canvas").all()) {
        await canvas.scrollIntoViewIfNeeded();
        await expect(canvas).toHaveAttribute("data-interactive", "true", { timeout: 20_000 });
      }
      const sizes = await interactiveTextSizes(page);
      expect(sizes).toHaveLength(5);
      for (const { width: drawn, minPx, texts } of sizes) {
        expect(drawn).toBeLessThanOrEqual(width);
        expect(texts).toBeGreaterThan(10);
        expect(minPx).toBeGreaterThanOrEqual(MIN_TEXT_PX);
      }
      expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
      await expectNoSeriousAxeViolations(page);
    });
  });
}

test.describe("charts on a wide screen", () => {
  // With JavaScript: without it browsers do not lazy-load (HTML spec), so they fetch the small phone images too.
  test.use({ viewport: { width: 1280, height: 900 } });

  test("show the 600-px chart and never fetch the phone layout", async ({ page }) => {
    const narrowFetched: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes(".narrow.")) narrowFetched.push(request.url());
    });
    await page.goto(DEMO_FINDING);
    await visitEveryChart(page);
    // each chart shows one image (the static one or, once interactive, vega-embed's SVG), 600 px wide
    const shown = await page
      .locator(".chart-canvas")
      .evaluateAll((canvases) =>
        canvases.map((canvas) =>
          [...canvas.querySelectorAll("img.chart-wide, svg[role='img']")]
            .map((svg) => Math.round(svg.getBoundingClientRect().width))
            .filter((width) => width > 0),
        ),
      );
    expect(shown).toEqual(Array.from({ length: 5 }, () => [600]));
    await expect(page.locator("img.chart-narrow").first()).toBeHidden();
    expect(narrowFetched).toEqual([]);
  });
});
