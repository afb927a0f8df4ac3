import { describe, expect, it } from "vitest";
import { benjaminiHochberg } from "../../../analysis/benjamini-hochberg";
import { expectRelativelyClose } from "./close-to";

function expectAllClose(actual: number[], expected: readonly number[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, i) => expectRelativelyClose(value, expected[i]!, 1e-12, `index ${i}`));
}

describe("benjaminiHochberg", () => {
  it("reproduces R's p.adjust(p, 'BH') in input order", () => {
    // statistics-cases.md #5; R 4.2.2: p.adjust(c(0.01, 0.04, 0.03, 0.005), "BH") → 0.02 0.04 0.04 0.02
    expectAllClose(benjaminiHochberg(Object.freeze([0.01, 0.04, 0.03, 0.005])), [0.02, 0.04, 0.04, 0.02]);
  });

  it("reproduces the Benjamini & Hochberg (1995) example: 4 rejections at q = 0.05", () => {
    const p15 = Object.freeze([
      0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528,
      0.759, 1,
    ]);
    const adjusted = benjaminiHochberg(p15);
    // R: p.adjust(p15, "BH") → 0.0015 0.003 0.0095 0.035625 0.0603 0.063857142857142862 0.063857142857142862 0.0645
    //    0.0765 0.486 0.58118181818181813 0.71487499999999993 0.75323076923076926 0.81321428571428567 1
    expectAllClose(
      adjusted,
      [
        0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.063857142857142862, 0.063857142857142862, 0.0645, 0.0765,
        0.486, 0.58118181818181813, 0.71487499999999993, 0.75323076923076926, 0.81321428571428567, 1,
      ],
    );
    expect(adjusted.filter((p) => p <= 0.05)).toHaveLength(4);
  });

  it("handles ties, empty and single inputs", () => {
    // R: p.adjust(c(0.02, 0.5, 0.02, 0.001, 0.5, 0.9, 0.02), "BH") → 0.035 0.58333333333333337 0.035 0.007
    //    0.58333333333333337 0.9 0.035
    expectAllClose(
      benjaminiHochberg([0.02, 0.5, 0.02, 0.001, 0.5, 0.9, 0.02]),
      [0.035, 0.58333333333333337, 0.035, 0.007, 0.58333333333333337, 0.9, 0.035],
    );
    expect(benjaminiHochberg([])).toEqual([]);
    expect(benjaminiHochberg([0.3])).toEqual([0.3]);
  });

  it("throws on values outside [0, 1] or NaN", () => {
    for (const bad of [-0.1, 1.2, Number.NaN]) {
      expect(() => benjaminiHochberg([0.1, bad])).toThrow(
        "benjaminiHochberg requires p-values between 0 and 1",
      );
    }
  });
});
