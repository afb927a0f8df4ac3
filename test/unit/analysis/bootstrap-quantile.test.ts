import { describe, expect, it } from "vitest";
import { bootstrapQuantile } from "../../../analysis/bootstrap-quantile";
import { deterministicReplicates as mk } from "./generated-reference-data";

const sortedAsc = (v: number[]): number[] => [...v].sort((a, b) => a - b);

describe("bootstrapQuantile", () => {
  it("matches R boot:::norm.inter (normal-scale interpolation between order statistics)", () => {
    // R 4.2.2, boot 1.3-28: sprintf("%.17g", boot:::norm.inter(mk(2000), c(0.001, 0.025, 0.5, 0.975, 0.9995))[, 2])
    const expected = [
      0.00049955466609472076, 0.01250314839856523, 0.37562453146882013, 1.4144427256489496,
      1.4982521433297966,
    ];
    const sorted = Object.freeze(sortedAsc(mk(2000)));
    [0.001, 0.025, 0.5, 0.975, 0.9995].forEach((alpha, i) => {
      expect(bootstrapQuantile(sorted, alpha)).toBeCloseTo(expected[i]!, 14);
    });
  });

  it("uses the extreme replicates when (B + 1)·alpha falls outside 1…B, as R does", () => {
    // R 4.2.2: boot:::norm.inter(mk(20), c(0.01, 0.025, 0.5, 0.975, 0.99))[, 2]
    //   → 0.036060341247877478 (twice), 0.39166581224753133, 1.3438609992809596 (twice),
    //   with R's warning "extreme order statistics used as endpoints"
    const sorted = Object.freeze(sortedAsc(mk(20)));
    const expected = [
      0.036060341247877478, 0.036060341247877478, 0.39166581224753133, 1.3438609992809596, 1.3438609992809596,
    ];
    [0.01, 0.025, 0.5, 0.975, 0.99].forEach((alpha, i) => {
      expect(bootstrapQuantile(sorted, alpha)).toBeCloseTo(expected[i]!, 14);
    });
  });

  it("returns the order statistic itself when (B + 1)·alpha is an integer", () => {
    // (9 + 1) · 0.5 = 5 → the 5th smallest; (9 + 1) · 0.1 = 1 → the smallest
    const sorted = Object.freeze([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(bootstrapQuantile(sorted, 0.5)).toBe(5);
    expect(bootstrapQuantile(sorted, 0.1)).toBe(1);
  });

  it("throws on empty input and alpha outside (0, 1)", () => {
    expect(() => bootstrapQuantile([], 0.5)).toThrow("bootstrapQuantile requires at least one replicate");
    expect(() => bootstrapQuantile([1, 2], 0)).toThrow(
      "bootstrapQuantile requires alpha strictly between 0 and 1",
    );
    expect(() => bootstrapQuantile([1, 2], 1)).toThrow(
      "bootstrapQuantile requires alpha strictly between 0 and 1",
    );
    expect(() => bootstrapQuantile([1, 2], Number.NaN)).toThrow(
      "bootstrapQuantile requires alpha strictly between 0 and 1",
    );
  });
});
