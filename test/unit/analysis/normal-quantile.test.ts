import { describe, expect, it } from "vitest";
import { normalCdf, normalQuantile, normalSf } from "../../../analysis/distributions";
import { expectRelativelyClose } from "./close-to";

// [p, Φ⁻¹(p)] — reference values from R 4.2.2 (Wichura's AS 241), printed with print(..., digits = 17).
const CASES: ReadonlyArray<readonly [number, number]> = Object.freeze([
  [1e-300, -37.047096299361201], // R 4.2.2: qnorm(1e-300) → -37.0471
  [1e-100, -21.273453560965319], // R 4.2.2: qnorm(1e-100) → -21.2735
  [1e-20, -9.2623400897984052], // R 4.2.2: qnorm(1e-20) → -9.26234
  [1e-10, -6.3613409024040557], // R 4.2.2: qnorm(1e-10) → -6.36134
  [1.3e-11, -6.6676114565107403], // R 4.2.2: qnorm(1.3e-11) → -6.66761
  [1e-5, -4.2648907939228256], // R 4.2.2: qnorm(1e-5) → -4.26489
  [0.001, -3.0902323061678132], // R 4.2.2: qnorm(0.001) → -3.09023
  [0.025, -1.9599639845400538], // R 4.2.2: qnorm(0.025) → -1.95996
  [0.05, -1.6448536269514726], // R 4.2.2: qnorm(0.05) → -1.64485
  [0.075, -1.4395314709384557], // R 4.2.2: qnorm(0.075) → -1.43953
  [0.08, -1.4050715603096322], // R 4.2.2: qnorm(0.08) → -1.40507
  [0.3, -0.52440051270804067], // R 4.2.2: qnorm(0.3) → -0.524401
  [0.5, 0], // R 4.2.2: qnorm(0.5) → 0
  [0.6, 0.25334710313579978], // R 4.2.2: qnorm(0.6) → 0.253347
  [0.9, 1.2815515655446008], // R 4.2.2: qnorm(0.9) → 1.28155
  [0.925, 1.4395314709384559], // R 4.2.2: qnorm(0.925) → 1.43953
  [0.975, 1.9599639845400536], // R 4.2.2: qnorm(0.975) → 1.95996
  [0.999, 3.0902323061678132], // R 4.2.2: qnorm(0.999) → 3.09023
  [0.9999999999, 6.3613408896974208], // R 4.2.2: qnorm(0.9999999999) → 6.36134
] as const);

describe("normalQuantile", () => {
  it("matches R's qnorm to 1e-14 relative over the whole range, 1e-300 … 1 − 1e-10", () => {
    for (const [p, expected] of CASES)
      expectRelativelyClose(normalQuantile(p), expected, 1e-14, `normalQuantile(${p})`);
  });

  it("inverts normalCdf / normalSf", () => {
    for (const p of [1e-250, 1e-40, 3e-7, 0.01, 0.2, 0.5, 0.77]) {
      expectRelativelyClose(normalCdf(normalQuantile(p)), p, 1e-12, `p = ${p}`);
      expectRelativelyClose(normalSf(-normalQuantile(p)), p, 1e-12, `p = ${p}`);
    }
    expect(normalQuantile(0.5)).toBe(0);
  });

  it("throws outside (0, 1)", () => {
    for (const p of [0, 1, -0.1, 1.5, Number.NaN]) {
      expect(() => normalQuantile(p)).toThrow("normalQuantile requires p strictly between 0 and 1");
    }
  });
});
