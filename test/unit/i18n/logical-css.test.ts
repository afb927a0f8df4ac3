import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// The stylesheets respondent pages load (app/root.tsx); the charts' has no sides.
const RESPONDENT_STYLESHEETS = ["app/styles/app.css", "app/styles/survey.css"];

// Left and right as physical sides: they stay put when a right-to-left language mirrors the page.
const PHYSICAL_SIDE =
  /\b(margin|padding|border)-(left|right)\b|(^|[\s;{])(left|right)\s*:|\b(text-align|float|clear)\s*:\s*(left|right)\b/;

/** The declarations of a stylesheet that name a physical side, as "file:line  declaration". */
function physicalSides(file: string): string[] {
  const withoutComments = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, (comment) =>
    comment.replace(/[^\n]/g, " "),
  );
  return withoutComments
    .split("\n")
    .flatMap((line, index) => (PHYSICAL_SIDE.test(line) ? [`${file}:${index + 1}  ${line.trim()}`] : []));
}

describe("the respondent pages' styles", () => {
  it("name sides logically (inline-start/end), so right-to-left pages mirror", () => {
    expect(RESPONDENT_STYLESHEETS.flatMap(physicalSides)).toEqual([]);
  });

  it("the check finds physical sides", () => {
    const found = (css: string) => PHYSICAL_SIDE.test(css);
    expect(
      ["margin-left: 1rem", "  left: 0;", "text-align: right", "float: left", "border-right: 0"].map(found),
    ).toEqual([true, true, true, true, true]);
    expect(
      ["margin-inline-start: 1rem", "text-align: start", "float: inline-start", "inset-inline-start: 0"].map(
        found,
      ),
    ).toEqual([false, false, false, false]);
  });
});
