import { describe, expect, it } from "vitest";
import { normalCdf } from "../../../analysis/distributions";
import { expectRelativelyClose } from "./close-to";

// [x, Φ(x)] — reference values from R 4.2.2 (Cody's algorithm, TOMS 715), printed with print(..., digits = 17).
const CASES: ReadonlyArray<readonly [number, number]> = Object.freeze([
  [-37, 5.7255712225245771e-300], // R 4.2.2: pnorm(-37) → 5.72557e-300
  [-35.5, 2.4576915406619372e-276], // R 4.2.2: pnorm(-35.5) → 2.45769e-276
  [-30, 4.9067139271481872e-198], // R 4.2.2: pnorm(-30) → 4.90671e-198
  [-20, 2.7536241186062337e-89], // R 4.2.2: pnorm(-20) → 2.75362e-89
  [-10, 7.6198530241605269e-24], // R 4.2.2: pnorm(-10) → 7.61985e-24
  [-8, 6.2209605742717849e-16], // R 4.2.2: pnorm(-8) → 6.22096e-16
  [-5.7, 5.9903714010635279e-9], // R 4.2.2: pnorm(-5.7) → 5.99037e-09
  [-5.6, 1.071759025831093e-8], // R 4.2.2: pnorm(-5.6) → 1.07176e-08
  [-3, 0.0013498980316300946], // R 4.2.2: pnorm(-3) → 0.0013499
  [-1.959963984540054, 0.025000000000000012], // R 4.2.2: pnorm(-1.959963984540054) → 0.025
  [-1, 0.15865525393145705], // R 4.2.2: pnorm(-1) → 0.158655
  [-0.66, 0.25462691467133619], // R 4.2.2: pnorm(-0.66) → 0.254627
  [-0.5, 0.30853753872598694], // R 4.2.2: pnorm(-0.5) → 0.308538
  [-1e-10, 0.49999999996010575], // R 4.2.2: pnorm(-1e-10) → 0.5
  [0, 0.5], // R 4.2.2: pnorm(0) → 0.5
  [1e-5, 0.500003989422804], // R 4.2.2: pnorm(1e-5) → 0.500004
  [0.3, 0.61791142218895267], // R 4.2.2: pnorm(0.3) → 0.617911
  [0.7, 0.75803634777692697], // R 4.2.2: pnorm(0.7) → 0.758036
  [1, 0.84134474606854293], // R 4.2.2: pnorm(1) → 0.841345
  [1.96, 0.97500210485177963], // R 4.2.2: pnorm(1.96) → 0.975002
  [2.5, 0.99379033467422384], // R 4.2.2: pnorm(2.5) → 0.99379
  [5, 0.99999971334842808], // R 4.2.2: pnorm(5) → 1
  [6, 0.9999999990134123], // R 4.2.2: pnorm(6) → 1
  [9, 1], // R 4.2.2: pnorm(9) → 1
  [12, 1], // R 4.2.2: pnorm(12) → 1
] as const);

describe("normalCdf", () => {
  it("matches R's pnorm to 1e-12 relative, including lower tails down to 1e-300", () => {
    for (const [x, expected] of CASES)
      expectRelativelyClose(normalCdf(x), expected, 1e-12, `normalCdf(${x})`);
  });

  it("computes the far lower tail directly (subnormal range) and is exact at the limits", () => {
    // R 4.2.2: exp(pnorm(-38, log.p = TRUE)) → 2.8854283510039645e-316 (pnorm(-38) itself returns 0 in R 4.2,
    // which flushes results below 2.2e-308); subnormal doubles carry ~8 significant digits here.
    expectRelativelyClose(normalCdf(-38), 2.8854283510039645e-316, 1e-6);
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(0)).toBe(0.5);
  });

  it("is symmetric: Φ(−x) = 1 − Φ(x)", () => {
    for (const x of [0.1, 0.6, 1.3, 2.7]) expectRelativelyClose(normalCdf(-x), 1 - normalCdf(x), 1e-12);
  });

  it("throws on NaN", () => {
    expect(() => normalCdf(Number.NaN)).toThrow("normalCdf requires x to be a number, not NaN");
  });
});
