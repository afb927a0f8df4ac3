import { describe, expect, it } from "vitest";
import { pearson } from "../../../analysis/pearson";
import { expectRelativelyClose } from "./close-to";
import { MTCARS_MPG as MPG, MTCARS_WT as WT } from "./regression-reference-data";

// Law-school data (Efron & Tibshirani 1993, statistics-cases.md #8)
const LSAT = Object.freeze([576, 635, 558, 578, 666, 580, 555, 661, 651, 605, 653, 575, 545, 572, 594]);
const GPA = Object.freeze([
  3.39, 3.3, 2.81, 3.03, 3.44, 3.07, 3.0, 3.43, 3.36, 3.13, 3.12, 2.74, 2.76, 2.88, 2.96,
]);

describe("pearson", () => {
  it("reproduces cor.test on the law-school data", () => {
    const result = pearson(LSAT, GPA);
    // statistics-cases.md #8: r = 0.7763745; R 4.2.2: cor.test(LSAT, GPA) → r = 0.77637449128940705,
    // p = 0.00066510201110281484, CI [0.43851082496279564, 0.92196475596451644]
    expectRelativelyClose(result.r, 0.77637449128940705, 1e-12);
    expectRelativelyClose(result.p, 0.00066510201110281484, 1e-8);
    expectRelativelyClose(result.ci95[0], 0.43851082496279564, 1e-9);
    expectRelativelyClose(result.ci95[1], 0.92196475596451644, 1e-9);
    expect(result.n).toBe(15);
  });

  it("reproduces cor.test(mtcars$wt, mtcars$mpg), including a small p-value", () => {
    const result = pearson(WT, MPG);
    // R: r = -0.8676593765172278, p = 1.2939587013505163e-10, CI [-0.93382641328499416, -0.74408719646011279]
    expectRelativelyClose(result.r, -0.8676593765172278, 1e-12);
    expectRelativelyClose(result.p, 1.2939587013505163e-10, 1e-8);
    expectRelativelyClose(result.ci95[0], -0.93382641328499416, 1e-9);
    expectRelativelyClose(result.ci95[1], -0.74408719646011279, 1e-9);
  });

  it("handles the smallest allowed sample and perfect correlation", () => {
    // R: cor.test(c(1,2,3,4), c(1,3,2,4)) → r = 0.8, p = 0.2, CI [-0.69695344529932213, 0.99560025046658562]
    const small = pearson([1, 2, 3, 4], [1, 3, 2, 4]);
    expectRelativelyClose(small.r, 0.8, 1e-14);
    expectRelativelyClose(small.p, 0.2, 1e-9);
    expectRelativelyClose(small.ci95[0], -0.69695344529932213, 1e-9);
    expectRelativelyClose(small.ci95[1], 0.99560025046658562, 1e-9);
    const perfect = pearson([1, 2, 3, 4, 5], [2, 4, 6, 8, 10]);
    expect(perfect.r).toBe(1);
    expect(perfect.p).toBe(0);
    expect(perfect.ci95).toEqual([1, 1]);
  });

  it("throws on unequal lengths, too few pairs, non-finite or constant input", () => {
    expect(() => pearson([1, 2, 3, 4], [1, 2, 3])).toThrow("pearson requires x and y of equal length");
    expect(() => pearson([1, 2, 3], [1, 2, 4])).toThrow("pearson requires at least 4 pairs");
    expect(() => pearson([1, 2, 3, Number.NaN], [1, 2, 3, 4])).toThrow("pearson requires finite numbers");
    expect(() => pearson([1, 1, 1, 1], [1, 2, 3, 4])).toThrow("pearson requires non-constant x and y");
  });
});
