import { describe, expect, it } from "vitest";
import { normalCdf, normalSf } from "../../../analysis/distributions";
import { expectRelativelyClose } from "./close-to";

// [x, 1 − Φ(x)] — reference values from R 4.2.2, printed with print(..., digits = 17).
const CASES: ReadonlyArray<readonly [number, number]> = Object.freeze([
  [-12, 1], // R 4.2.2: pnorm(-12, lower.tail = FALSE) → 1
  [-3, 0.9986501019683699], // R 4.2.2: pnorm(-3, lower.tail = FALSE) → 0.99865
  [-1, 0.84134474606854293], // R 4.2.2: pnorm(-1, lower.tail = FALSE) → 0.841345
  [-0.3, 0.61791142218895267], // R 4.2.2: pnorm(-0.3, lower.tail = FALSE) → 0.617911
  [0, 0.5], // R 4.2.2: pnorm(0, lower.tail = FALSE) → 0.5
  [1e-8, 0.49999999601057721], // R 4.2.2: pnorm(1e-8, lower.tail = FALSE) → 0.5
  [0.5, 0.30853753872598694], // R 4.2.2: pnorm(0.5, lower.tail = FALSE) → 0.308538
  [0.66, 0.25462691467133619], // R 4.2.2: pnorm(0.66, lower.tail = FALSE) → 0.254627
  [0.7, 0.24196365222307298], // R 4.2.2: pnorm(0.7, lower.tail = FALSE) → 0.241964
  [1.64, 0.050502583474103739], // R 4.2.2: pnorm(1.64, lower.tail = FALSE) → 0.0505026
  [1.959963984540054, 0.025000000000000012], // R 4.2.2: pnorm(1.959963984540054, lower.tail = FALSE) → 0.025
  [3, 0.0013498980316300946], // R 4.2.2: pnorm(3, lower.tail = FALSE) → 0.0013499
  [5.6, 1.071759025831093e-8], // R 4.2.2: pnorm(5.6, lower.tail = FALSE) → 1.07176e-08
  [5.7, 5.9903714010635279e-9], // R 4.2.2: pnorm(5.7, lower.tail = FALSE) → 5.99037e-09
  [8, 6.2209605742717849e-16], // R 4.2.2: pnorm(8, lower.tail = FALSE) → 6.22096e-16
  [10, 7.6198530241605269e-24], // R 4.2.2: pnorm(10, lower.tail = FALSE) → 7.61985e-24
  [20, 2.7536241186062337e-89], // R 4.2.2: pnorm(20, lower.tail = FALSE) → 2.75362e-89
  [30, 4.9067139271481872e-198], // R 4.2.2: pnorm(30, lower.tail = FALSE) → 4.90671e-198
  [35.5, 2.4576915406619372e-276], // R 4.2.2: pnorm(35.5, lower.tail = FALSE) → 2.45769e-276
  [37, 5.7255712225245771e-300], // R 4.2.2: pnorm(37, lower.tail = FALSE) → 5.72557e-300
  [37.5, 4.6053530095819552e-308], // R 4.2.2: pnorm(37.5, lower.tail = FALSE) → 4.60535e-308
] as const);

describe("normalSf", () => {
  it("matches R's pnorm(x, lower.tail = FALSE) to 1e-12 relative, including upper tails down to 1e-300", () => {
    for (const [x, expected] of CASES) expectRelativelyClose(normalSf(x), expected, 1e-12, `normalSf(${x})`);
  });

  it("computes the upper tail directly instead of as 1 − Φ(x)", () => {
    // 1 - normalCdf(10) is 0 in double precision; the survival function keeps all digits.
    expect(1 - normalCdf(10)).toBe(0);
    // R 4.2.2: pnorm(10, lower.tail = FALSE) → 7.6198530241605269e-24
    expectRelativelyClose(normalSf(10), 7.6198530241605269e-24, 1e-13);
    // R 4.2.2: exp(pnorm(-38, log.p = TRUE)) → 2.8854283510039645e-316 (subnormal: ~8 significant digits)
    expectRelativelyClose(normalSf(38), 2.8854283510039645e-316, 1e-6);
    expect(normalSf(40)).toBe(0);
    expect(normalSf(Infinity)).toBe(0);
    expect(normalSf(-Infinity)).toBe(1);
  });

  it("equals Φ(−x)", () => {
    for (const x of [-4, -0.2, 0.4, 3.3, 25]) expect(normalSf(x)).toBe(normalCdf(-x));
  });

  it("throws on NaN", () => {
    expect(() => normalSf(Number.NaN)).toThrow("normalSf requires x to be a number, not NaN");
  });
});
