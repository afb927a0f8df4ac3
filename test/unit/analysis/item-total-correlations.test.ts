import { describe, expect, it } from "vitest";
import { itemTotalCorrelations } from "../../../analysis/item-total-correlations";
import { pearson } from "../../../analysis/pearson";
import { expectRelativelyClose } from "./close-to";
import { BFI_C_KEYED, PINGOUIN_ITEMS } from "./item-reference-data";

function expectAllClose(actual: number[], expected: readonly number[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, i) => expectRelativelyClose(value, expected[i]!, 1e-10, `item ${i + 1}`));
}

describe("itemTotalCorrelations", () => {
  it("reproduces psych::alpha(...)$item.stats$r.drop on pingouin's example data (incl. negative items)", () => {
    // R 4.2.2: psych::alpha(d)$item.stats$r.drop
    expectAllClose(
      itemTotalCorrelations(PINGOUIN_ITEMS),
      [
        0.57476679198449121, 0.56780284176736828, 0.52139107542088026, 0.41760582412861491,
        -0.10758308249257417, -0.15723651965665172, 0.26100773504233782, 0.09217320282318571,
        0.44337274599584031, 0.43368835596480604,
      ],
    );
  });

  it("uses complete rows only — psych::bfi conscientiousness, reverse-keyed", () => {
    // R 4.2.2 (bf as in cronbach-alpha.test.ts): psych::alpha(na.omit(bf))$item.stats$r.drop
    expectAllClose(
      itemTotalCorrelations(BFI_C_KEYED),
      [
        0.54862122368869803, 0.51501226179545812, 0.55272526757404927, 0.51872002110031146,
        0.37111607702339255,
      ],
    );
  });

  it("equals the Pearson correlation of each item with the sum of the others", () => {
    const items = [
      [1, 2, 2],
      [2, 3, 3],
      [3, 3, 5],
      [4, 5, 4],
      [2, 1, 3],
    ];
    const r = itemTotalCorrelations(items);
    for (let j = 0; j < 3; j++) {
      const item = items.map((row) => row[j]!);
      const rest = items.map((row) => row.reduce((s, v) => s + v, 0) - row[j]!);
      expect(r[j]).toBeCloseTo(pearson(item, rest).r, 14);
    }
  });

  it("throws on malformed input and on a constant item", () => {
    expect(() => itemTotalCorrelations([[1], [2]])).toThrow(
      "itemTotalCorrelations requires at least 2 items",
    );
    expect(() => itemTotalCorrelations([[1, 2], [2]])).toThrow(
      "itemTotalCorrelations requires every row to have the same number of items",
    );
    expect(() =>
      itemTotalCorrelations([
        [1, Infinity],
        [2, 3],
      ]),
    ).toThrow("itemTotalCorrelations requires finite numbers or null");
    expect(() =>
      itemTotalCorrelations([
        [1, 2],
        [null, 3],
      ]),
    ).toThrow("itemTotalCorrelations requires at least 2 complete rows");
    expect(() =>
      itemTotalCorrelations([
        [1, 2, 5],
        [1, 3, 4],
        [1, 4, 4],
      ]),
    ).toThrow("itemTotalCorrelations requires every item and its rest score to vary (item 1 does not)");
  });
});
