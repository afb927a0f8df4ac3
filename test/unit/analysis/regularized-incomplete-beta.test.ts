import { describe, expect, it } from "vitest";
import { regularizedIncompleteBeta } from "../../../analysis/distributions";
import { expectRelativelyClose } from "./close-to";

// [x, a, b, I_x(a, b)] — reference values from R 4.2.2 (pbeta → TOMS 708), digits = 17.
const CASES: ReadonlyArray<readonly [number, number, number, number]> = Object.freeze([
  [0.5, 2, 3, 0.6875], // R 4.2.2: pbeta(0.5, 2, 3) → 0.6875
  [0.001, 5, 5, 1.255805396850704e-13], // R 4.2.2: pbeta(0.001, 5, 5) → 1.25581e-13
  [0.2, 0.5, 0.5, 0.29516723530086642], // R 4.2.2: pbeta(0.2, 0.5, 0.5) → 0.295167
  [1e-12, 10, 12.7, 5.4125994852476043e-115], // R 4.2.2: pbeta(1e-12, 10, 12.7) → 5.4126e-115
  [0.99, 1, 4, 0.99999999000000006], // R 4.2.2: pbeta(0.99, 1, 4) → 1
  [0.3, 33.3, 12.7, 1.4835354507391825e-9], // R 4.2.2: pbeta(0.3, 33.3, 12.7) → 1.48354e-09
  [0.5, 1000, 1000, 0.5], // R 4.2.2: pbeta(0.5, 1000, 1000) → 0.5
  [0.51, 1000, 1000, 0.81444734056848822], // R 4.2.2: pbeta(0.51, 1000, 1000) → 0.814447
  [0.05, 0.05, 1, 0.86089165933173484], // R 4.2.2: pbeta(0.05, 0.05, 1) → 0.860892
  [0.999999, 1000000, 0.5, 0.15729915515583542], // R 4.2.2: pbeta(0.999999, 1000000, 0.5) → 0.157299
  [0.01, 2.5, 500, 0.92659648845582643], // R 4.2.2: pbeta(0.01, 2.5, 500) → 0.926596
  [0.8, 12.7, 0.05, 0.0010074512423891842], // R 4.2.2: pbeta(0.8, 12.7, 0.05) → 0.00100745
  [1e-4, 0.5, 1e6, 1], // R 4.2.2: pbeta(1e-4, 0.5, 1e6) → 1
  [0.9, 50, 4, 0.21053171721902658], // R 4.2.2: pbeta(0.9, 50, 4) → 0.210532
] as const);

describe("regularizedIncompleteBeta", () => {
  it("matches R's pbeta to 1e-10 relative for small, large and mixed shapes", () => {
    for (const [x, a, b, expected] of CASES) {
      expectRelativelyClose(regularizedIncompleteBeta(x, a, b), expected, 1e-10, `I(${x}; ${a}, ${b})`);
    }
  });

  it("satisfies I_x(a, b) = 1 − I_(1−x)(b, a) and the closed forms I_x(1, 1) = x, I_x(a, 1) = xᵃ", () => {
    for (const x of [0.125, 0.5, 0.75]) {
      expectRelativelyClose(
        regularizedIncompleteBeta(x, 2.5, 7) + regularizedIncompleteBeta(1 - x, 7, 2.5),
        1,
        1e-14,
      );
      expectRelativelyClose(regularizedIncompleteBeta(x, 1, 1), x, 1e-14);
      expectRelativelyClose(regularizedIncompleteBeta(x, 3.5, 1), x ** 3.5, 1e-14);
    }
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
  });

  it("throws on x outside [0, 1] and on invalid shapes", () => {
    for (const x of [-0.1, 1.1, Number.NaN]) {
      expect(() => regularizedIncompleteBeta(x, 1, 1)).toThrow(
        "regularizedIncompleteBeta requires x between 0 and 1",
      );
    }
    for (const [a, b] of [
      [0, 1],
      [1, -1],
      [Infinity, 1],
      [1, Number.NaN],
    ] as const) {
      expect(() => regularizedIncompleteBeta(0.5, a, b)).toThrow(
        "regularizedIncompleteBeta requires finite a > 0 and b > 0",
      );
    }
  });
});
