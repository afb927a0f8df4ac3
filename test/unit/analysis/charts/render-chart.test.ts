import { existsSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { erosionBySupportChart } from "../../../../analysis/charts/index";
import { chartFontFiles, renderChartPng, renderChartSvg } from "../../../../analysis/render";
import { erosionInput } from "./chart-fixtures";
import { PNG_SIGNATURE, decodePngRgba, differingPixelShare, pngHeader } from "./png-helpers";

const chart = erosionBySupportChart(erosionInput(), { minCellSize: 10 });
const stripText = (svg: string) => svg.replace(/<text\b[^>]*>[\s\S]*?<\/text>/g, "");

describe("renderChartSvg", () => {
  it("returns a self-contained SVG that carries the alt text as role=img, aria-label and <title>", async () => {
    const svg = await renderChartSvg(chart.spec);
    expect(svg.startsWith("<svg")).toBe(true);
    const root = svg.slice(0, svg.indexOf(">") + 1);
    expect(root).toContain('role="img"');
    // htmlText writes ' as &#39; (the alt text holds "Hedges' g").
    expect(root).toContain(`aria-label="${chart.altText.replace(/'/g, "&#39;")}"`);
    expect(svg).toContain(`<title>${chart.altText.replace(/'/g, "&#39;")}</title>`);
    expect(svg).toMatch(/font-family="DejaVu Sans"/);
    // nothing fetched from elsewhere: no links, images, stylesheets or url() references
    expect(svg).not.toMatch(/(?:xlink:)?href=|<image\b|<style\b|@import|url\(/);
  });

  it("escapes the alt text", async () => {
    const svg = await renderChartSvg(chart.spec, { altText: 'a < b & "c"' });
    expect(svg).toContain('aria-label="a &lt; b &amp; &quot;c&quot;"');
    expect(svg).toContain("<title>a &lt; b &amp; &quot;c&quot;</title>");
  });

  it("refuses a spec without alt text", async () => {
    await expect(renderChartSvg({ ...chart.spec, description: "" })).rejects.toThrow(
      "renderChartSvg requires alt text (spec.description or options.altText)",
    );
  });
});

describe("renderChartPng", () => {
  it("writes a PNG of the SVG's width times the scale", async () => {
    const svg = await renderChartSvg(chart.spec);
    const width = Number(/^<svg[^>]* width="(\d+)"/.exec(svg)![1]);
    expect(width).toBe(600);
    for (const scale of [1, 2]) {
      const png = renderChartPng(svg, { fontFiles: chartFontFiles(), scale });
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      expect(pngHeader(png).width).toBe(600 * scale);
    }
  });

  it("draws the text with the bundled fonts: removing all <text> changes the image substantially", async () => {
    const svg = await renderChartSvg(chart.spec);
    const withText = decodePngRgba(renderChartPng(svg, { fontFiles: chartFontFiles(), scale: 1 }));
    const withoutText = decodePngRgba(
      renderChartPng(stripText(svg), { fontFiles: chartFontFiles(), scale: 1 }),
    );
    // title, subtitle, axis labels and value labels cover a few per cent of a 600 px chart
    expect(differingPixelShare(withText.pixels, withoutText.pixels)).toBeGreaterThan(0.02);
  });

  it("would lose the text silently without font files (why renderChartPng insists on them)", async () => {
    const svg = await renderChartSvg(chart.spec);
    const bare = (s: string) => new Resvg(s, { font: { loadSystemFonts: false } }).render().pixels;
    expect(differingPixelShare(bare(svg), bare(stripText(svg)))).toBe(0);
  });

  it("rejects missing fonts and bad scales", async () => {
    const svg = await renderChartSvg(chart.spec);
    expect(() => renderChartPng(svg, { fontFiles: [] })).toThrow(
      "renderChartPng requires at least one font file",
    );
    expect(() => renderChartPng(svg, { fontFiles: ["/nonexistent/font.ttf"] })).toThrow(
      "renderChartPng cannot find font file /nonexistent/font.ttf",
    );
    expect(() => renderChartPng(svg, { fontFiles: chartFontFiles(), scale: 0 })).toThrow(
      "renderChartPng requires a positive finite scale",
    );
  });
});

describe("chartFontFiles", () => {
  it("finds the bundled DejaVu Sans regular and bold from source, from a folder path and from a URL", () => {
    const fromSource = chartFontFiles();
    expect(fromSource.map((f) => f.split("/").slice(-3).join("/"))).toEqual([
      "assets/fonts/DejaVuSans.ttf",
      "assets/fonts/DejaVuSans-Bold.ttf",
    ]);
    for (const f of fromSource) expect(existsSync(f)).toBe(true);
    expect(chartFontFiles("assets/fonts")).toEqual(fromSource); // relative to the working directory (root)
    expect(chartFontFiles(new URL("../../../../assets/fonts", import.meta.url))).toEqual(fromSource);
  });
});
