import { describe, expect, it } from "vitest";
import { normalCdf, tCdf, tSf } from "../../../analysis/distributions";
import { expectRelativelyClose } from "./close-to";

// [t, df, P(T ≤ t)] — reference values from R 4.2.2 (pt → TOMS 708 pbeta for df ≤ 4e5), digits = 17.
// Covers far lower tails, df < 1, non-integer (Welch) df and df up to 4e5.
const CASES: ReadonlyArray<readonly [number, number, number]> = Object.freeze([
  [-12, 17.3, 4.0798579639438822e-10], // R 4.2.2: pt(-12, 17.3) → 4.07986e-10
  [-25, 10, 1.1996963800316708e-10], // R 4.2.2: pt(-25, 10) → 1.1997e-10
  [-40, 300, 1.4262090197655547e-122], // R 4.2.2: pt(-40, 300) → 1.42621e-122
  [-2.1, 17.776473516, 0.025138036400530989], // R 4.2.2: pt(-2.1, 17.776473516) → 0.025138
  [-1.8608134674868526, 17.776473516, 0.039697070093762957], // R 4.2.2: pt(-1.8608134674868526, 17.776473516) → 0.0396971
  [-3, 1, 0.10241638234956672], // R 4.2.2: pt(-3, 1) → 0.102416
  [-1e6, 1, 3.1830988618368455e-7], // R 4.2.2: pt(-1e6, 1) → 3.1831e-07
  [-200, 0.7, 0.0076172615305450725], // R 4.2.2: pt(-200, 0.7) → 0.00761726
  [-1, 0.3, 0.34161139088051667], // R 4.2.2: pt(-1, 0.3) → 0.341611
  [-0.5, 2, 0.33333333333333337], // R 4.2.2: pt(-0.5, 2) → 0.333333
  [-1e-8, 5, 0.49999999620393309], // R 4.2.2: pt(-1e-8, 5) → 0.5
  [0, 4.5, 0.5], // R 4.2.2: pt(0, 4.5) → 0.5
  [0.25, 3, 0.59063538878558519], // R 4.2.2: pt(0.25, 3) → 0.590635
  [1, 1, 0.75000000000000022], // R 4.2.2: pt(1, 1) → 0.75
  [2, 10, 0.96330598261462974], // R 4.2.2: pt(2, 10) → 0.963306
  [2.5, 29.5, 0.99089069136653851], // R 4.2.2: pt(2.5, 29.5) → 0.990891
  [5, 100, 0.99999877491329325], // R 4.2.2: pt(5, 100) → 0.999999
  [-8, 1000, 1.7133307411957424e-15], // R 4.2.2: pt(-8, 1000) → 1.71333e-15
  [-5, 12345.6, 2.905869716169684e-7], // R 4.2.2: pt(-5, 12345.6) → 2.90587e-07
  [3, 400000, 0.9986500188698515], // R 4.2.2: pt(3, 400000) → 0.99865
  [-12, 400000, 1.7999724031432179e-33], // R 4.2.2: pt(-12, 400000) → 1.79997e-33
  [-20, 3.3, 7.3549896995906273e-5], // R 4.2.2: pt(-20, 3.3) → 7.35499e-05
  [-6, 2, 0.013335736607712385], // R 4.2.2: pt(-6, 2) → 0.0133357
  [-60, 60, 1.4243034807199242e-55], // R 4.2.2: pt(-60, 60) → 1.4243e-55
] as const);

describe("tCdf", () => {
  it("matches R's pt to 1e-10 relative, including lower tails down to 1e-120", () => {
    for (const [t, df, expected] of CASES)
      expectRelativelyClose(tCdf(t, df), expected, 1e-10, `tCdf(${t}, ${df})`);
  });

  it("stays accurate for huge df (1e9), where the tail is nearly normal", () => {
    // R 4.2.2: pt(-25, 1e9) → 3.0569961809280357e-138 (also mpmath 1.3 betainc at 40 digits: 3.0569961809e-138)
    expectRelativelyClose(tCdf(-25, 1e9), 3.0569961809280357e-138, 1e-10);
    // R 4.2.2: pt(-2, 1e9) → 0.022750132083156665 (mpmath: 0.022750132083156624)
    expectRelativelyClose(tCdf(-2, 1e9), 0.022750132083156665, 1e-12);
  });

  it("is the normal CDF for df = Infinity and complements tSf", () => {
    for (const t of [-6, -1.5, 0, 0.3, 2]) {
      expect(tCdf(t, Infinity)).toBe(normalCdf(t));
      expectRelativelyClose(tCdf(t, 7.5) + tSf(t, 7.5), 1, 1e-15);
      expectRelativelyClose(tCdf(-t, 7.5), tSf(t, 7.5), 1e-15);
    }
    expect(tCdf(-Infinity, 3)).toBe(0);
    expect(tCdf(Infinity, 3)).toBe(1);
    expect(tCdf(0, 3)).toBe(0.5);
  });

  it("throws on NaN t and on df ≤ 0", () => {
    expect(() => tCdf(Number.NaN, 3)).toThrow("tCdf requires t to be a number, not NaN");
    for (const df of [0, -1, Number.NaN]) expect(() => tCdf(1, df)).toThrow("tCdf requires df > 0");
  });
});
