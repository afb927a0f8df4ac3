import { describe, expect, it } from "vitest";
import { tostWelch } from "../../../analysis/tost-welch";
import { welchTTest } from "../../../analysis/welch-t-test";
import { expectRelativelyClose } from "./close-to";
import { MPG_AUTOMATIC, MPG_MANUAL, SLEEP_1, SLEEP_2 } from "./two-sample-reference-data";

// Reference: R 4.2.2 with two one-sided Welch tests and the 90 % Welch interval:
//   pLower = t.test(a, b, mu = -bound, alternative = "greater")$p.value
//   pUpper = t.test(a, b, mu =  bound, alternative = "less")$p.value
//   ci90   = t.test(a, b, conf.level = 0.90)$conf.int
const CASES = Object.freeze([
  // sleep (R datasets::sleep), bound 3 → [0.055978914532244482, 2.0811496858821167e-05], CI [-3.0533814973316065, -0.10661850266839384]
  {
    a: SLEEP_1,
    b: SLEEP_2,
    bound: 3,
    pLower: 0.055978914532244482,
    pUpper: 2.0811496858821167e-5,
    ci90: [-3.0533814973316065, -0.10661850266839384],
  },
  // sleep, bound 1 → [0.74831981144098181, 0.0035706691736628929]
  {
    a: SLEEP_1,
    b: SLEEP_2,
    bound: 1,
    pLower: 0.74831981144098181,
    pUpper: 0.0035706691736628929,
    ci90: [-3.0533814973316065, -0.10661850266839384],
  },
  // mtcars mpg by am, bound 10 → [0.084411102051643205, 1.9972452836855863e-08], CI [-10.576622725562062, -3.9132558169480571]
  {
    a: MPG_AUTOMATIC,
    b: MPG_MANUAL,
    bound: 10,
    pLower: 0.084411102051643205,
    pUpper: 1.9972452836855863e-8,
    ci90: [-10.576622725562062, -3.9132558169480571],
  },
  // mtcars, bound 2 → [0.99316331433646488, 6.7277387163488687e-05]
  {
    a: MPG_AUTOMATIC,
    b: MPG_MANUAL,
    bound: 2,
    pLower: 0.99316331433646488,
    pUpper: 6.7277387163488687e-5,
    ci90: [-10.576622725562062, -3.9132558169480571],
  },
] as const);

describe("tostWelch", () => {
  it("reproduces two one-sided R t.test calls and the 90 % interval", () => {
    for (const c of CASES) {
      const result = tostWelch(c.a, c.b, c.bound);
      expectRelativelyClose(result.pLower, c.pLower, 1e-8, "pLower");
      expectRelativelyClose(result.pUpper, c.pUpper, 1e-8, "pUpper");
      expect(result.p).toBe(Math.max(result.pLower, result.pUpper));
      expect(result.equivalent).toBe(result.p < 0.05);
      expectRelativelyClose(result.ci90[0], c.ci90[0], 1e-9, "ci90 lower");
      expectRelativelyClose(result.ci90[1], c.ci90[1], 1e-9, "ci90 upper");
    }
  });

  it("declares equivalence exactly when the 90 % CI lies inside ±bound", () => {
    const a = [5.1, 4.9, 5.0, 5.2, 4.8, 5.05, 4.95, 5.1];
    const b = [5.0, 5.1, 4.9, 5.0, 5.2, 4.85, 5.05];
    for (const bound of [0.05, 0.1, 0.15, 0.3, 1]) {
      const result = tostWelch(a, b, bound);
      const inside = result.ci90[0] > -bound && result.ci90[1] < bound;
      expect(result.equivalent).toBe(inside);
    }
    expect(tostWelch(a, b, 1).equivalent).toBe(true);
    expect(tostWelch(a, b, 0.05).equivalent).toBe(false);
  });

  it("uses the same Welch standard error and df as welchTTest", () => {
    const w = welchTTest(SLEEP_1, SLEEP_2);
    const t = tostWelch(SLEEP_1, SLEEP_2, 2);
    // the 90 % interval is centred on the same mean difference
    expectRelativelyClose((t.ci90[0] + t.ci90[1]) / 2, w.meanDiff, 1e-12);
  });

  it("throws on too-small or non-finite input and on a non-positive bound", () => {
    expect(() => tostWelch([1], [1, 2], 1)).toThrow("tostWelch requires at least 2 values in each group");
    expect(() => tostWelch([1, 2], [1, Number.NaN], 1)).toThrow("tostWelch requires finite numbers");
    for (const bound of [0, -1, Infinity, Number.NaN]) {
      expect(() => tostWelch([1, 2], [1, 3], bound)).toThrow("tostWelch requires a positive finite bound");
    }
    expect(() => tostWelch([2, 2], [2, 2], 1)).toThrow(
      "tostWelch requires non-zero variance in at least one group",
    );
  });
});
