import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import {
  DEJAVU_SANS_WIDTH_CODE_POINTS,
  dejavuSansTextWidth,
  wrapText,
} from "../../../../analysis/charts/index";
import { chartFontFiles } from "../../../../analysis/render";
import { ttfAdvanceWidths } from "./ttf-advance-widths";

const [regular, bold] = chartFontFiles() as [string, string];

describe("dejavuSansTextWidth", () => {
  it("matches every advance width in the bundled font files (hmtx via cmap)", () => {
    for (const [file, isBold] of [
      [regular, false],
      [bold, true],
    ] as const) {
      const font = ttfAdvanceWidths(file, DEJAVU_SANS_WIDTH_CODE_POINTS);
      expect(font.unitsPerEm).toBe(2048);
      DEJAVU_SANS_WIDTH_CODE_POINTS.forEach((c, i) => {
        expect(dejavuSansTextWidth(String.fromCodePoint(c), 2048, isBold), `U+${c.toString(16)}`).toBe(
          font.widths[i],
        );
      });
    }
  });

  it("agrees with the width resvg draws (within kerning and side bearings)", () => {
    for (const [text, isBold] of [
      ["Work-related burnout (score 0–100)", false],
      ["Capacity to invest in customers", true],
    ] as const) {
      const svg =
        `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="200"><text x="0" y="150" ` +
        `font-family="DejaVu Sans" font-size="100" font-weight="${isBold ? "bold" : "normal"}">${text}</text></svg>`;
      const resvg = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: [regular, bold] } });
      const drawn = resvg.innerBBox()!.width;
      const measured = dejavuSansTextWidth(text, 100, isBold);
      expect(Math.abs(drawn - measured) / measured).toBeLessThan(0.02);
    }
  });

  it("counts unknown characters as a digit", () => {
    expect(dejavuSansTextWidth("\u4e00", 2048)).toBe(1303);
    expect(dejavuSansTextWidth("\u4e00", 2048, true)).toBe(1425);
  });
});

describe("wrapText", () => {
  it("fills lines greedily up to the width and never splits a word", () => {
    const lines = wrapText(
      "Work-related burnout by years in support and institutional support",
      300,
      16,
      true,
    );
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(dejavuSansTextWidth(line, 16, true)).toBeLessThanOrEqual(300);
    expect(lines.join(" ")).toBe("Work-related burnout by years in support and institutional support");
    expect(wrapText("Supercalifragilistic", 10, 12)).toEqual(["Supercalifragilistic"]);
    expect(wrapText("  ", 100, 12)).toEqual([]);
  });
});
