import { describe, expect, it } from "vitest";
import { chiSquareSf } from "../../../analysis/distributions";
import { expectRelativelyClose } from "./close-to";

// [x, df, P(X > x)] — reference values from R 4.2.2 (pchisq), digits = 17.
const CASES: ReadonlyArray<readonly [number, number, number]> = Object.freeze([
  [300, 4, 1.083439491947826e-63], // R 4.2.2: pchisq(300, 4, lower.tail = FALSE) → 1.08344e-63
  [3.841458820694124, 1, 0.049999999999999975], // R 4.2.2: pchisq(3.841458820694124, 1, lower.tail = FALSE) → 0.05
  [1e-10, 1, 0.99999202115439212], // R 4.2.2: pchisq(1e-10, 1, lower.tail = FALSE) → 0.999992
  [0.5, 0.1, 0.052291179826681335], // R 4.2.2: pchisq(0.5, 0.1, lower.tail = FALSE) → 0.0522912
  [10, 2, 0.006737946999085467], // R 4.2.2: pchisq(10, 2, lower.tail = FALSE) → 0.00673795
  [50, 7.5, 2.4528518498539491e-8], // R 4.2.2: pchisq(50, 7.5, lower.tail = FALSE) → 2.45285e-08
  [1500, 20, 3.9825649431766759e-306], // R 4.2.2: pchisq(1500, 20, lower.tail = FALSE) → 3.98256e-306
  [99, 99, 0.48109691240826408], // R 4.2.2: pchisq(99, 99, lower.tail = FALSE) → 0.481097
  [120, 99, 0.074243855805966805], // R 4.2.2: pchisq(120, 99, lower.tail = FALSE) → 0.0742439
  [1000, 1000, 0.49405285382923969], // R 4.2.2: pchisq(1000, 1000, lower.tail = FALSE) → 0.494053
  [1100, 1000, 0.014614408126295201], // R 4.2.2: pchisq(1100, 1000, lower.tail = FALSE) → 0.0146144
  [1e5, 1e5, 0.49940529189520672], // R 4.2.2: pchisq(1e5, 1e5, lower.tail = FALSE) → 0.499405
  [101000, 1e5, 0.012868840377233664], // R 4.2.2: pchisq(101000, 1e5, lower.tail = FALSE) → 0.0128688
  [5e6, 5e6, 0.4999158955824124], // R 4.2.2: pchisq(5e6, 5e6, lower.tail = FALSE) → 0.499916
  [700, 10, 6.2801466992359512e-144], // R 4.2.2: pchisq(700, 10, lower.tail = FALSE) → 6.28015e-144
  [2, 30, 0.99999999999970002], // R 4.2.2: pchisq(2, 30, lower.tail = FALSE) → 1
] as const);

describe("chiSquareSf", () => {
  it("matches R's pchisq(x, df, lower.tail = FALSE) to 1e-10 relative, including tails down to 1e-306", () => {
    for (const [x, df, expected] of CASES)
      expectRelativelyClose(chiSquareSf(x, df), expected, 1e-10, `chiSquareSf(${x}, ${df})`);
  });

  it("is 1 for x ≤ 0 and 0 for x = Infinity", () => {
    expect(chiSquareSf(0, 3)).toBe(1);
    expect(chiSquareSf(-2, 3)).toBe(1);
    expect(chiSquareSf(Infinity, 3)).toBe(0);
  });

  it("throws on NaN x and invalid df", () => {
    expect(() => chiSquareSf(Number.NaN, 2)).toThrow("chiSquareSf requires x to be a number, not NaN");
    for (const df of [0, -1, Infinity, Number.NaN]) {
      expect(() => chiSquareSf(1, df)).toThrow("chiSquareSf requires a finite df > 0");
    }
  });
});
