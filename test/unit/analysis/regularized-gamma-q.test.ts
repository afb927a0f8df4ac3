import { describe, expect, it } from "vitest";
import { regularizedGammaP, regularizedGammaQ } from "../../../analysis/distributions";
import { expectRelativelyClose } from "./close-to";

// [a, x, value] — reference values from R 4.2.2 (pgamma(x, a, lower.tail = FALSE); note R's argument order), digits = 17.
const CASES: ReadonlyArray<readonly [number, number, number]> = Object.freeze([
  [1, 1, 0.36787944117144233], // R 4.2.2: pgamma(1, 1, lower.tail = FALSE) → 0.367879
  [10, 1, 0.99999988857452171], // R 4.2.2: pgamma(1, 10, lower.tail = FALSE) → 1
  [10, 1e-10, 1], // R 4.2.2: pgamma(1e-10, 10, lower.tail = FALSE) → 1
  [0.5, 2, 0.045500263896358473], // R 4.2.2: pgamma(2, 0.5, lower.tail = FALSE) → 0.0455003
  [0.01, 1, 0.0022162346232279728], // R 4.2.2: pgamma(1, 0.01, lower.tail = FALSE) → 0.00221623
  [3.3, 2.5, 0.61545468126128444], // R 4.2.2: pgamma(2.5, 3.3, lower.tail = FALSE) → 0.615455
  [50, 40, 0.92966493334060507], // R 4.2.2: pgamma(40, 50, lower.tail = FALSE) → 0.929665
  [1000, 900, 0.99945009773428828], // R 4.2.2: pgamma(900, 1000, lower.tail = FALSE) → 0.99945
  [1e6, 1001000, 0.15865521363165971], // R 4.2.2: pgamma(1001000, 1e6, lower.tail = FALSE) → 0.158655
  [2, 100, 3.7572767357810449e-42], // R 4.2.2: pgamma(100, 2, lower.tail = FALSE) → 3.75728e-42
  [9.99, 11, 0.33935425576106854], // R 4.2.2: pgamma(11, 9.99, lower.tail = FALSE) → 0.339354
] as const);

describe("regularizedGammaQ", () => {
  it("matches R's pgamma(x, a, lower.tail = FALSE) to 1e-10 relative, including tiny tails and a up to 1e6", () => {
    for (const [a, x, expected] of CASES)
      expectRelativelyClose(regularizedGammaQ(a, x), expected, 1e-10, `regularizedGammaQ(${a}, ${x})`);
  });

  it("complements regularizedGammaP and has the closed form for a = 1", () => {
    for (const [a, x] of [
      [0.5, 0.2],
      [3, 2],
      [40, 45],
    ] as const) {
      expectRelativelyClose(regularizedGammaQ(a, x) + regularizedGammaP(a, x), 1, 1e-14);
    }
    expectRelativelyClose(regularizedGammaQ(1, 2), Math.exp(-2), 1e-14);
    expect(regularizedGammaQ(2, 0)).toBe(1);
    expect(regularizedGammaQ(2, Infinity)).toBe(0);
  });

  it("throws on invalid a or x", () => {
    for (const a of [0, -1, Infinity, Number.NaN])
      expect(() => regularizedGammaQ(a, 1)).toThrow("regularizedGammaQ requires finite a > 0");
    for (const x of [-1, Number.NaN])
      expect(() => regularizedGammaQ(1, x)).toThrow("regularizedGammaQ requires x >= 0");
  });
});
