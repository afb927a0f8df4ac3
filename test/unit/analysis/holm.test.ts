import { describe, expect, it } from "vitest";
import { holm } from "../../../analysis/holm";
import { expectRelativelyClose } from "./close-to";

function expectAllClose(actual: number[], expected: readonly number[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, i) => expectRelativelyClose(value, expected[i]!, 1e-12, `index ${i}`));
}

describe("holm", () => {
  it("reproduces R's p.adjust(p, 'holm') in input order", () => {
    // statistics-cases.md #5; R 4.2.2: p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm") → 0.03 0.06 0.06 0.02
    expectAllClose(holm(Object.freeze([0.01, 0.04, 0.03, 0.005])), [0.03, 0.06, 0.06, 0.02]);
    // Benjamini & Hochberg (1995) 15 p-values; R: p.adjust(p15, "holm")
    const p15 = Object.freeze([
      0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528,
      0.759, 1,
    ]);
    expectAllClose(
      holm(p15),
      [0.0015, 0.0056, 0.0247, 0.114, 0.2211, 0.278, 0.278, 0.278, 0.3213, 1, 1, 1, 1, 1, 1],
    );
    // ties: R: p.adjust(c(0.02, 0.5, 0.02, 0.001, 0.5, 0.9, 0.02), "holm") → 0.12 1 0.12 0.007 1 1 0.12
    expectAllClose(holm([0.02, 0.5, 0.02, 0.001, 0.5, 0.9, 0.02]), [0.12, 1, 0.12, 0.007, 1, 1, 0.12]);
  });

  it("handles empty and single inputs", () => {
    expect(holm([])).toEqual([]);
    expect(holm([0.3])).toEqual([0.3]);
  });

  it("throws on values outside [0, 1] or NaN", () => {
    for (const bad of [-0.1, 1.2, Number.NaN])
      expect(() => holm([0.1, bad])).toThrow("holm requires p-values between 0 and 1");
  });
});
