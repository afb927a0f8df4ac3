import { expect, test } from "@playwright/test";
import { bareVerdicts } from "../support/bare-verdicts";
import { expectNoSeriousAxeViolations } from "./support/answer-survey";

const DEMO_FINDING = "/findings/support-and-erosion-demo";

test.describe("a reader without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("sees the headline, every chart as an image with its alt text, the methods and the synthetic label", async ({
    page,
  }) => {
    await page.goto("/findings");
    await page
      .getByRole("link", { name: /Institutional support and the erosion of support work \(synthetic demo\)/ })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`${DEMO_FINDING}$`));
    await expect(page.getByRole("note")).toContainText("Synthetic demo data");
    await expect(page.getByRole("group", { name: "Headline result" })).toContainText("95% CI");
    // the page's images of the charts (decision 042), drawn from the snapshot's SVG files
    const charts = page.locator(".chart-canvas img.chart-wide");
    // four charts of issue 4, the leavers' with one chart per leaver outcome
    await expect(charts).toHaveCount(5);
    for (const chart of await charts.all()) {
      await chart.scrollIntoViewIfNeeded();
      await expect(chart).toBeVisible();
      await expect.poll(() => chart.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(600);
      expect((await chart.getAttribute("alt"))?.length).toBeGreaterThan(20);
    }
    await expect(page.getByRole("heading", { name: "Methods" })).toBeVisible();
    await expect(page.getByText("non-probability", { exact: false }).first()).toBeVisible();
    await page.getByText("Show the data").first().click();
    await expect(page.getByRole("table").first()).toBeVisible();
  });
});

test.describe("a reader with JavaScript", () => {
  test("gets at most 120 KB of HTML, and nothing moves when the charts turn interactive", async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const html = await (await page.request.get(DEMO_FINDING)).text();
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(120 * 1024);
    await page.goto(DEMO_FINDING);
    for (const canvas of await page.locator(".chart-canvas").all()) {
      await canvas.scrollIntoViewIfNeeded();
      await expect(canvas).toHaveAttribute("data-interactive", "true", { timeout: 15_000 });
    }
    const shifts = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
          }).observe({ type: "layout-shift", buffered: true });
          setTimeout(() => resolve(total), 200);
        }),
    );
    expect(shifts).toBe(0);
  });

  test("gets tooltips once a chart scrolls into view", async ({ page }) => {
    test.setTimeout(90_000); // axe now scans the charts too
    await page.goto(DEMO_FINDING);
    const canvas = page.locator(".chart-canvas").first();
    await canvas.scrollIntoViewIfNeeded();
    await expect(canvas).toHaveAttribute("data-interactive", "true", { timeout: 15_000 });
    await canvas.locator(".chart-interactive .mark-symbol path").first().hover({ force: true });
    await expect(page.locator("#vg-tooltip-element")).toBeVisible();
    await expect(page.locator("#vg-tooltip-element")).toContainText("95% CI");
    // After enhancement too, every chart keeps its accessible name, and its marks have no ARIA roles of their
    // own (decision 036), so axe checks the charts too. (axe needs JavaScript, hence here.)
    await expectNoSeriousAxeViolations(page);
  });

  test("reads every leaver verdict with its bound: page text, tables and alt texts", async ({ page }) => {
    await page.goto(DEMO_FINDING);
    // open every "Show the data" so the tables' verdict cells and notes are in the rendered text
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    const text = await page.locator("main").innerText();
    const altTexts = await page
      .locator(".chart-canvas img.chart-wide")
      .evaluateAll((images) => images.map((image) => image.getAttribute("alt") ?? ""));
    expect(altTexts).toHaveLength(5);
    expect(text).toMatch(/±10 points/);
    expect(text).toMatch(/±12\.5 points/);
    expect(bareVerdicts([text, ...altTexts].join("\n"), { aboutLeavers: true })).toEqual([]);
  });

  test("downloads a chart as a valid PNG and its data as CSV", async ({ page, request }) => {
    await page.goto(DEMO_FINDING);
    const pngLink = page.getByRole("link", { name: "PNG" }).first();
    const href = await pngLink.getAttribute("href");
    const png = await request.get(href ?? "");
    expect(png.headers()["content-type"]).toBe("image/png");
    const bytes = await png.body();
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(600); // IHDR width: a 2× render of a ≥ 300 px chart
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "data (CSV)" }).first().click();
    const csv = await (await download).path();
    expect(csv).toBeTruthy();
  });

  test("the codebook linked from the methods box shows the exact wording", async ({ page }) => {
    await page.goto(DEMO_FINDING);
    await page.getByRole("link", { name: /Exact wording of every question/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Codebook");
    await expect(page.getByText("How often do you feel worn out?")).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });
});
