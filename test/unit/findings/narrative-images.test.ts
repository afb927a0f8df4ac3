import { describe, expect, it } from "vitest";
import { narrativeParts } from "~/findings/narrative.server";

const OWNER = { slug: "support-protects", version: 2, chartIds: ["erosion-by-support"] };
const OWN_PNG = "/findings/support-protects/v/2/charts/erosion-by-support.png";

function html(markdown: string): string {
  return narrativeParts(markdown, OWNER)
    .map((part) => (part.kind === "html" ? part.html : ""))
    .join("");
}

/** The src of every <img> the narrative renders. */
const imageSources = (markup: string) =>
  [...markup.matchAll(/<img [^>]*src="([^"]*)"/g)].map((match) => match[1]);

describe("images in a finding's narrative", () => {
  it("keeps the finding's own chart files as images", () => {
    const markup = html(`![The chart](${OWN_PNG}) and ![as SVG](${OWN_PNG.replace(/png$/, "svg")})`);
    expect(imageSources(markup)).toEqual([OWN_PNG, OWN_PNG.replace(/png$/, "svg")]);
    expect(markup).toContain('alt="The chart"');
  });

  it.each([
    [
      "a lab export, which readers' browsers would request",
      "/lab/surveys/demo/export/responses.csv?version=1",
    ],
    ["a lab page", "/lab/audit"],
    ["another finding's chart", "/findings/other/v/1/charts/erosion-by-support.png"],
    ["another version's chart", "/findings/support-protects/v/1/charts/erosion-by-support.png"],
    ["a chart this version does not have", "/findings/support-protects/v/2/charts/harm-trajectory.png"],
    ["its own chart with a query string", `${OWN_PNG}?export=1`],
    ["its own chart's vega-lite spec", "/findings/support-protects/v/2/charts/erosion-by-support.vl.json"],
    [
      "a path that climbs out of the chart folder",
      "/findings/support-protects/v/2/charts/../../../../lab/audit",
    ],
    ["a relative path", "charts/erosion-by-support.png"],
    ["a data: URL", "data:image/png;base64,iVBORw0KGgo="],
    ["another host", "https://tracker.example/pixel.png"],
    ["a protocol-relative address", "//tracker.example/pixel.png"],
  ])("renders %s as its alt text, with no image", (_what, src) => {
    const markup = html(`Before ![the alt text](${src}) after.`);
    expect(imageSources(markup)).toEqual([]);
    expect(markup).not.toContain("<img");
    expect(markup).toContain("Before the alt text after.");
  });

  it("drops reference-style and alt-less images the same way", () => {
    const markup = html(
      "![seen][ref] and ![](/lab/surveys/demo/export/load.R)\n\n[ref]: /lab/surveys/demo/export/responses.csv",
    );
    expect(markup).not.toContain("<img");
    expect(markup).toContain("seen and");
  });

  it("keeps links, including links to the lab (following one is a reader's own choice)", () => {
    const markup = html(
      "[the export tab](/lab/surveys/demo/export) and [a paper](https://doi.org/10.1000/1)",
    );
    expect(markup).toContain('<a href="/lab/surveys/demo/export">the export tab</a>');
    expect(markup).toContain('<a href="https://doi.org/10.1000/1">a paper</a>');
  });

  it("keeps raw HTML images out as before", () => {
    expect(html('<img src="/lab/surveys/demo/export/responses.csv"> text')).not.toContain("<img");
  });
});
