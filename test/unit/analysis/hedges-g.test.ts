import { describe, expect, it } from "vitest";
import { hedgesG } from "../../../analysis/hedges-g";
import { expectRelativelyClose } from "./close-to";
import { MPG_AUTOMATIC, MPG_MANUAL, SLEEP_1, SLEEP_2 } from "./two-sample-reference-data";

// effectsize is not installed with R 4.2.2 here; references are the Hedges & Olkin (1985) formulas computed by
// hand in R:
//   sp <- sqrt(((n1-1)*var(a) + (n2-1)*var(b))/(n1+n2-2)); d <- (mean(a)-mean(b))/sp
//   J <- 1 - 3/(4*(n1+n2)-9); g <- J*d; se <- sqrt((n1+n2)/(n1*n2) + g^2/(2*(n1+n2)))
//   g + c(-1, 1)*qnorm(0.975)*se
describe("hedgesG", () => {
  it("reproduces the hand computation on mtcars mpg by transmission", () => {
    const result = hedgesG(MPG_AUTOMATIC, MPG_MANUAL);
    // R: d = -1.4779470958015888 (statistics-cases.md #2: Cohen's d = −1.477947), J = 0.97478991596638653,
    // g = -1.4406879253191958, CI [-2.2295231986219357, -0.65185265201645581].
    // (statistics-cases.md's g = −1.440635 uses the exact Γ-function J = 0.974754, as effectsize does; the
    // approximation J = 1 − 3/(4N − 9) specified for this library differs by 4e-5.)
    expectRelativelyClose(result.g, -1.4406879253191958, 1e-9);
    expectRelativelyClose(result.ci95[0], -2.2295231986219357, 1e-9);
    expectRelativelyClose(result.ci95[1], -0.65185265201645581, 1e-9);
  });

  it("reproduces the hand computation on the sleep data", () => {
    const result = hedgesG(SLEEP_1, SLEEP_2);
    // R: d = -0.83218108134953961, J = 0.95774647887323949, g = -0.79701850044744649,
    // CI [-1.7076764091379313, 0.11363940824303831]
    expectRelativelyClose(result.g, -0.79701850044744649, 1e-9);
    expectRelativelyClose(result.ci95[0], -1.7076764091379313, 1e-9);
    expectRelativelyClose(result.ci95[1], 0.11363940824303831, 1e-9);
  });

  it("is antisymmetric and location/scale invariant", () => {
    const a = Object.freeze([2.1, 3.3, 2.8, 4.0, 3.1]);
    const b = Object.freeze([1.0, 1.9, 2.2, 1.4]);
    const g = hedgesG(a, b).g;
    expect(hedgesG(b, a).g).toBeCloseTo(-g, 14);
    expect(
      hedgesG(
        a.map((x) => 10 * x + 7),
        b.map((x) => 10 * x + 7),
      ).g,
    ).toBeCloseTo(g, 12);
  });

  it("throws on too-small, non-finite or constant input", () => {
    expect(() => hedgesG([1], [1, 2])).toThrow("hedgesG requires at least 2 values in each group");
    expect(() => hedgesG([1, 2], [Number.NaN, 2])).toThrow("hedgesG requires finite numbers");
    expect(() => hedgesG([1, 1], [2, 2])).toThrow("hedgesG requires a non-zero pooled standard deviation");
  });
});
