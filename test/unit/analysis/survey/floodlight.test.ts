import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { floodlight } from "../../../../analysis/survey/floodlight";
import { fitModerationDesign } from "../../../../analysis/survey/moderation-design";
import { expectRelativelyClose } from "../close-to";

// The complete rows of fixtures/moderation-spline-sample.csv (n = 121), as fixtures/moderation-spline-model.R reads
// them with m <- na.omit(d[, 1:3]).
const rows = readFileSync(path.join(import.meta.dirname, "fixtures/moderation-spline-sample.csv"), "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => line.split(",").slice(0, 3))
  .filter((cells) => !cells.includes("NA"))
  .map((cells) => cells.map(Number));
const column = (j: number) => Float64Array.from(rows, (row) => row[j]!);
const design = fitModerationDesign(column(0), column(1), column(2), { nk: 4 });

describe("floodlight", () => {
  it("finds both crossings over the whole observed range as uniroot does", () => {
    // grid <- seq(1, 31, length.out = 400); uniroot(g, <bracket>, tol = 1e-12)$root → 5.21020924650703, 20.3884495518078
    const { bounds, regions } = floodlight(design, [1, 31]);
    expect(bounds).toHaveLength(2);
    expectRelativelyClose(bounds[0]!, 5.21020924650703, 1e-6, "lower");
    expectRelativelyClose(bounds[1]!, 20.3884495518078, 1e-6, "upper");
    expect(regions).toEqual([{ from: bounds[0], to: bounds[1], effect: "negative" }]);
  });

  it("reports no region where the CI includes 0 throughout, and a whole range where it excludes 0 throughout", () => {
    expect(floodlight(design, [1.5, 4])).toEqual({ bounds: [], regions: [] });
    expect(floodlight(design, [7, 12])).toEqual({
      bounds: [],
      regions: [{ from: 7, to: 12, effect: "negative" }],
    });
  });
});
