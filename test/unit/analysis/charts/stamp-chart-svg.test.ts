import { describe, expect, it } from "vitest";
import { stampChartSvg } from "../../../../analysis/charts/index";

const chart =
  '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300" viewBox="0 0 600 300" role="img" ' +
  'aria-label="Alt &amp; text"><title>Alt &amp; text</title><g class="mark"></g></svg>';

describe("stampChartSvg", () => {
  it("grows the image by a banner and a footer, moves the chart down, and names both in the title", () => {
    const svg = stampChartSvg(chart, {
      sourceLine: "Source: A & B, https://x/v/1.",
      banner: "SYNTHETIC DEMO DATA",
    });
    const root = svg.slice(0, svg.indexOf(">") + 1);
    expect(root).toMatch(/ height="(\d+)"/);
    const height = Number(/ height="(\d+)"/.exec(root)![1]);
    expect(height).toBe(30 + 300 + 8 + 15);
    expect(root).toContain(`viewBox="0 0 600 ${height}"`);
    expect(root).toContain(
      'aria-label="Alt &amp; text. SYNTHETIC DEMO DATA. Source: A &amp; B, https://x/v/1."',
    );
    expect(svg).toContain('<g transform="translate(0,30)"><g class="mark"></g></g>');
    expect(svg).toMatch(/<text\b[^>]*>SYNTHETIC DEMO DATA<\/text>/);
    expect(svg).toMatch(/<text\b[^>]*>Source: A &amp; B, https:\/\/x\/v\/1\.<\/text><\/svg>$/);
    expect(svg.match(/<title>/g)).toHaveLength(1);
  });

  it("draws no banner without one, and refuses an SVG without a size", () => {
    const svg = stampChartSvg(chart, { sourceLine: "Source." });
    expect(svg).toContain('<g transform="translate(0,0)">');
    expect(svg).not.toContain("SYNTHETIC");
    expect(() => stampChartSvg("<svg><g/></svg>", { sourceLine: "x" })).toThrow(
      "stampChartSvg requires an <svg> root with numeric width and height",
    );
  });
});
