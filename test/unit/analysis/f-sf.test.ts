import { describe, expect, it } from "vitest";
import { fSf } from "../../../analysis/distributions";
import { expectRelativelyClose } from "./close-to";

// [f, df1, df2, P(F > f)] — reference values from R 4.2.2 (pf → TOMS 708 pbeta), digits = 17.
const CASES: ReadonlyArray<readonly [number, number, number, number]> = Object.freeze([
  [400, 3, 28, 4.4019630048599608e-23], // R 4.2.2: pf(400, 3, 28, lower.tail = FALSE) → 4.40196e-23
  [4.3512, 1, 20, 0.050001040034024287], // R 4.2.2: pf(4.3512, 1, 20, lower.tail = FALSE) → 0.050001
  [2.5, 2, 10, 0.13168724279835398], // R 4.2.2: pf(2.5, 2, 10, lower.tail = FALSE) → 0.131687
  [1, 1, 1, 0.50000000000000044], // R 4.2.2: pf(1, 1, 1, lower.tail = FALSE) → 0.5
  [0.5, 7.3, 123.4, 0.83982171440833753], // R 4.2.2: pf(0.5, 7.3, 123.4, lower.tail = FALSE) → 0.839822
  [10, 50, 5, 0.008332521441062295], // R 4.2.2: pf(10, 50, 5, lower.tail = FALSE) → 0.00833252
  [1e-8, 3, 28, 0.99999999999858136], // R 4.2.2: pf(1e-8, 3, 28, lower.tail = FALSE) → 1
  [1500, 1, 30, 3.5500738395863311e-27], // R 4.2.2: pf(1500, 1, 30, lower.tail = FALSE) → 3.55007e-27
  [1.1, 1e4, 1e4, 9.4666664805255523e-7], // R 4.2.2: pf(1.1, 1e4, 1e4, lower.tail = FALSE) → 9.46667e-07
  [1.02, 1e6, 1e6, 2.0559261346503237e-23], // R 4.2.2: pf(1.02, 1e6, 1e6, lower.tail = FALSE) → 2.05593e-23
  [3, 2, 1e6, 0.049787516451703276], // R 4.2.2: pf(3, 2, 1e6, lower.tail = FALSE) → 0.0497875
  [10, 3, 1e6, 1.3803478214219644e-6], // R 4.2.2: pf(10, 3, 1e6, lower.tail = FALSE) → 1.38035e-06
  [1.2, 90, 1e5, 0.095166052500187115], // R 4.2.2: pf(1.2, 90, 1e5, lower.tail = FALSE) → 0.0951661
  [0.2, 0.5, 0.7, 0.60969396812007348], // R 4.2.2: pf(0.2, 0.5, 0.7, lower.tail = FALSE) → 0.609694
  [1e8, 50, 28, 2.8842887573468792e-106], // R 4.2.2: pf(1e8, 50, 28, lower.tail = FALSE) → 2.88429e-106
  [7.9, 4, 8.5, 0.005957567321230468], // R 4.2.2: pf(7.9, 4, 8.5, lower.tail = FALSE) → 0.00595757
  [250, 2, 40, 2.4735724209098699e-23], // R 4.2.2: pf(250, 2, 40, lower.tail = FALSE) → 2.47357e-23
] as const);

describe("fSf", () => {
  it("matches R's pf(f, df1, df2, lower.tail = FALSE) to 1e-10 relative, including tails down to 1e-106", () => {
    for (const [f, df1, df2, expected] of CASES) {
      expectRelativelyClose(fSf(f, df1, df2), expected, 1e-10, `fSf(${f}, ${df1}, ${df2})`);
    }
  });

  it("is 1 for f ≤ 0 and 0 for f = Infinity", () => {
    expect(fSf(0, 3, 10)).toBe(1);
    expect(fSf(-1, 3, 10)).toBe(1);
    expect(fSf(Infinity, 3, 10)).toBe(0);
  });

  it("throws on NaN f and invalid df", () => {
    expect(() => fSf(Number.NaN, 1, 2)).toThrow("fSf requires f to be a number, not NaN");
    for (const [df1, df2] of [
      [0, 2],
      [2, -1],
      [Infinity, 3],
      [3, Number.NaN],
    ] as const) {
      expect(() => fSf(1, df1, df2)).toThrow("fSf requires finite df1 > 0 and df2 > 0");
    }
  });
});
