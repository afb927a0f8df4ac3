import { describe, expect, it } from "vitest";
import { suppressGroupedBands, suppressSmallCells } from "../../../../analysis/disclosure";
import { deepFreeze } from "../charts/svg-helpers";

// Expected patterns worked by hand from the rule: primary = n < k; every margin hides 0 or ≥ 2 cells, the
// complement being the margin's smallest shown cell (Hundepool et al. 2012, §5.2).

describe("suppressSmallCells", () => {
  it("shows everything at or above k", () => {
    expect(
      suppressSmallCells(
        [
          { n: 10, margins: ["all"] },
          { n: 11, margins: ["all"] },
        ],
        10,
      ),
    ).toEqual(["shown", "shown"]);
  });

  it("hides a small cell and the smallest other cell of its margin", () => {
    const cells = deepFreeze([
      { n: 3, margins: ["low"] },
      { n: 40, margins: ["low"] },
      { n: 25, margins: ["low"] },
    ]);
    expect(suppressSmallCells(cells, 10)).toEqual(["primary", "shown", "complementary"]);
  });

  it("adds nothing when a margin already hides two cells, or when a cell is in no margin", () => {
    expect(
      suppressSmallCells(
        [
          { n: 3, margins: ["a"] },
          { n: 4, margins: ["a"] },
          { n: 50, margins: ["a"] },
        ],
        10,
      ),
    ).toEqual(["primary", "primary", "shown"]);
    expect(
      suppressSmallCells(
        [
          { n: 3, margins: [] },
          { n: 50, margins: [] },
        ],
        10,
      ),
    ).toEqual(["primary", "shown"]);
  });

  it("propagates through linked margins until none hides exactly one cell", () => {
    // 2 × 2 table rows r1 r2, columns c1 c2: one small cell hides the whole rectangle
    const cells = [
      { n: 5, margins: ["r1", "c1"] },
      { n: 30, margins: ["r1", "c2"] },
      { n: 40, margins: ["r2", "c1"] },
      { n: 50, margins: ["r2", "c2"] },
    ];
    expect(suppressSmallCells(cells, 10)).toEqual([
      "primary",
      "complementary",
      "complementary",
      "complementary",
    ]);
  });

  it("respects presets and validates its input", () => {
    expect(
      suppressSmallCells(
        [
          { n: 50, margins: ["a"], preset: "complementary" },
          { n: 60, margins: ["a"] },
        ],
        10,
      ),
    ).toEqual(["complementary", "complementary"]);
    expect(() => suppressSmallCells([], 0)).toThrow(
      "suppressSmallCells requires minCellSize to be a positive integer",
    );
    expect(() => suppressSmallCells([{ n: 2.5, margins: [] }], 10)).toThrow(
      "suppressSmallCells requires counts to be non-negative integers",
    );
  });
});

describe("suppressGroupedBands", () => {
  it("hides a small group and the smallest other group, with all their bands", () => {
    const status = suppressGroupedBands(
      [
        {
          n: 80,
          bands: [
            { band: "a", n: 40 },
            { band: "b", n: 40 },
          ],
        },
        {
          n: 8,
          bands: [
            { band: "a", n: 5 },
            { band: "b", n: 3 },
          ],
        },
        {
          n: 90,
          bands: [
            { band: "a", n: 45 },
            { band: "b", n: 45 },
          ],
        },
      ],
      10,
    );
    expect(status.groups).toEqual(["complementary", "primary", "shown"]);
    expect(status.bands).toEqual([
      ["complementary", "complementary"],
      ["primary", "primary"],
      ["shown", "shown"],
    ]);
  });

  it("keeps a group whose total is large even when all its bands are small", () => {
    const status = suppressGroupedBands(
      [
        {
          n: 80,
          bands: [
            { band: "a", n: 40 },
            { band: "b", n: 40 },
          ],
        },
        {
          n: 12,
          bands: [
            { band: "a", n: 9 },
            { band: "b", n: 3 },
          ],
        },
      ],
      10,
    );
    expect(status.groups).toEqual(["shown", "shown"]);
    // each band column now hides one cell of group 2, so group 1 loses both bands to protect them
    expect(status.bands).toEqual([
      ["complementary", "complementary"],
      ["primary", "primary"],
    ]);
  });
});
