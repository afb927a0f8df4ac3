import { describe, expect, it } from "vitest";
import { regularizedGammaP, regularizedGammaQ } from "../../../analysis/distributions";
import { expectRelativelyClose } from "./close-to";

// [a, x, value] — reference values from R 4.2.2 (pgamma(x, a); note R's argument order), digits = 17.
const CASES: ReadonlyArray<readonly [number, number, number]> = Object.freeze([
  [1, 1, 0.63212055882855767], // R 4.2.2: pgamma(1, 1) → 0.632121
  [10, 1, 1.1142547833872069e-7], // R 4.2.2: pgamma(1, 10) → 1.11425e-07
  [10, 1e-10, 2.7557319221480713e-107], // R 4.2.2: pgamma(1e-10, 10) → 2.75573e-107
  [0.5, 2, 0.95449973610364158], // R 4.2.2: pgamma(2, 0.5) → 0.9545
  [0.01, 1, 0.99778376537677205], // R 4.2.2: pgamma(1, 0.01) → 0.997784
  [3.3, 2.5, 0.38454531873871556], // R 4.2.2: pgamma(2.5, 3.3) → 0.384545
  [50, 40, 0.070335066659394957], // R 4.2.2: pgamma(40, 50) → 0.0703351
  [1000, 900, 0.00054990226571178331], // R 4.2.2: pgamma(900, 1000) → 0.000549902
  [1e6, 1001000, 0.84134478636834031], // R 4.2.2: pgamma(1001000, 1e6) → 0.841345
  [2, 100, 1], // R 4.2.2: pgamma(100, 2) → 1
  [9.99, 11, 0.66064574423893152], // R 4.2.2: pgamma(11, 9.99) → 0.660646
] as const);

describe("regularizedGammaP", () => {
  it("matches R's pgamma(x, a) to 1e-10 relative, including tiny tails and a up to 1e6", () => {
    for (const [a, x, expected] of CASES)
      expectRelativelyClose(regularizedGammaP(a, x), expected, 1e-10, `regularizedGammaP(${a}, ${x})`);
  });

  it("complements regularizedGammaQ and has the closed form for a = 1", () => {
    for (const [a, x] of [
      [0.5, 0.2],
      [3, 2],
      [40, 45],
    ] as const) {
      expectRelativelyClose(regularizedGammaP(a, x) + regularizedGammaQ(a, x), 1, 1e-14);
    }
    expectRelativelyClose(regularizedGammaP(1, 2), 1 - Math.exp(-2), 1e-14);
    expect(regularizedGammaP(2, 0)).toBe(0);
    expect(regularizedGammaP(2, Infinity)).toBe(1);
  });

  it("throws on invalid a or x", () => {
    for (const a of [0, -1, Infinity, Number.NaN])
      expect(() => regularizedGammaP(a, 1)).toThrow("regularizedGammaP requires finite a > 0");
    for (const x of [-1, Number.NaN])
      expect(() => regularizedGammaP(1, x)).toThrow("regularizedGammaP requires x >= 0");
  });
});
