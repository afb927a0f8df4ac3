import { describe, expect, it } from "vitest";
import { cronbachAlpha } from "../../../analysis/cronbach-alpha";
import { expectRelativelyClose } from "./close-to";
import { BFI_C_KEYED, PINGOUIN_ITEMS } from "./item-reference-data";

describe("cronbachAlpha", () => {
  it("reproduces the published α and Feldt interval of pingouin's example data", () => {
    const result = cronbachAlpha(PINGOUIN_ITEMS);
    // statistics-cases.md #4: α = 0.5917188486, Feldt 95 % CI [0.19492, 0.83982];
    // R 4.2.2: psych::alpha(d)$total$raw_alpha → 0.59171884859958257,
    // psych::alpha(d)$feldt → lower.ci 0.19492139066312164, upper.ci 0.83982081462754343
    expectRelativelyClose(result.alpha, 0.59171884859958257, 1e-12);
    expectRelativelyClose(result.ci95[0], 0.19492139066312164, 1e-9);
    expectRelativelyClose(result.ci95[1], 0.83982081462754343, 1e-9);
    expect(result.nComplete).toBe(15);
    expect(result.k).toBe(10);
  });

  it("drops rows with missing answers (listwise) — psych::bfi conscientiousness, reverse-keyed", () => {
    const result = cronbachAlpha(BFI_C_KEYED);
    // R 4.2.2: bf <- psych::bfi[1:120, paste0("C", 1:5)]; bf$C4 <- 7 - bf$C4; bf$C5 <- 7 - bf$C5
    //   psych::alpha(na.omit(bf))$total$raw_alpha → 0.73177894641983565
    //   psych::alpha(na.omit(bf))$feldt → lower.ci 0.64645661029176749, upper.ci 0.80159577169104979
    //   nrow(na.omit(bf)) → 117
    expect(result.nComplete).toBe(117);
    expect(result.k).toBe(5);
    expectRelativelyClose(result.alpha, 0.73177894641983565, 1e-12);
    expectRelativelyClose(result.ci95[0], 0.64645661029176749, 1e-9);
    expectRelativelyClose(result.ci95[1], 0.80159577169104979, 1e-9);
  });

  it("is 1 for identical items and negative for negatively related items", () => {
    expect(
      cronbachAlpha([
        [1, 1],
        [2, 2],
        [3, 3],
      ]).alpha,
    ).toBeCloseTo(1, 14);
    // items 1, 2, 3, 4 and 3, 1, 2, 1: item variances 5/3 and 11/12, total-score variance 11/12
    // → α = 2·(1 − (5/3 + 11/12)/(11/12)) = −40/11 (R: var(c(1,2,3,4)), var(c(3,1,2,1)), var(c(4,3,5,5)))
    const negative = cronbachAlpha([
      [1, 3],
      [2, 1],
      [3, 2],
      [4, 1],
    ]);
    expectRelativelyClose(negative.alpha, -40 / 11, 1e-12);
    expect(negative.alpha).toBeLessThan(0);
    expect(negative.ci95[0]).toBeLessThan(negative.alpha);
    expect(negative.ci95[1]).toBeGreaterThan(negative.alpha);
  });

  it("throws on malformed input", () => {
    expect(() => cronbachAlpha([[1], [2]])).toThrow("cronbachAlpha requires at least 2 items");
    expect(() => cronbachAlpha([])).toThrow("cronbachAlpha requires at least 2 items");
    expect(() =>
      cronbachAlpha([
        [1, 2],
        [1, 2, 3],
      ]),
    ).toThrow("cronbachAlpha requires every row to have the same number of items");
    expect(() =>
      cronbachAlpha([
        [1, 2],
        [Number.NaN, 2],
      ]),
    ).toThrow("cronbachAlpha requires finite numbers or null");
    expect(() =>
      cronbachAlpha([
        [1, 2],
        [null, 2],
        [3, null],
      ]),
    ).toThrow("cronbachAlpha requires at least 2 complete rows");
    expect(() =>
      cronbachAlpha([
        [1, 2],
        [1, 2],
        [1, 2],
      ]),
    ).toThrow("cronbachAlpha requires non-zero variance of the total score");
  });
});
