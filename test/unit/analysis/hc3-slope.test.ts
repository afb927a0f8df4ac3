import { describe, expect, it } from "vitest";
import { hc3Slope } from "../../../analysis/hc3-slope";
import { ols } from "../../../analysis/ols";

// R's built-in `cars` data (speed, stopping distance), n = 50.
const speed = [
  4, 4, 7, 7, 8, 9, 10, 10, 10, 11, 11, 12, 12, 12, 12, 13, 13, 13, 13, 14, 14, 14, 14, 15, 15, 15, 16, 16,
  17, 17, 17, 18, 18, 18, 18, 19, 19, 19, 20, 20, 20, 20, 20, 22, 23, 24, 24, 24, 24, 25,
];
const dist = [
  2, 10, 4, 22, 16, 10, 18, 26, 34, 17, 28, 14, 20, 24, 28, 26, 34, 34, 46, 26, 36, 60, 80, 20, 26, 54, 32,
  40, 32, 40, 50, 42, 56, 76, 84, 36, 46, 68, 32, 48, 52, 56, 64, 66, 54, 70, 92, 93, 120, 85,
];

describe("hc3Slope", () => {
  // R 4.2.2, the HC3 sandwich written out (identical to sandwich::vcovHC(fit, type = "HC3")):
  //   fit <- lm(dist ~ speed, data = cars); X <- model.matrix(fit); h <- hatvalues(fit); e <- resid(fit)
  //   B <- solve(crossprod(X)); V <- B %*% crossprod(X * (e / (1 - h))) %*% B; se <- sqrt(V[2, 2])
  //   2 * pt(-abs(coef(fit)[2] / se), fit$df.residual)
  it("matches R's HC3 sandwich for lm(dist ~ speed, data = cars)", () => {
    const fit = ols(Float64Array.from(dist), { speed: Float64Array.from(speed) });
    const slope = hc3Slope(speed, fit.residuals, fit.coefficients.speed!.estimate);
    expect(slope.estimate).toBeCloseTo(3.932408759124, 10);
    expect(slope.se).toBeCloseTo(0.427537219172, 10);
    expect(slope.t).toBeCloseTo(9.197816196538, 8);
    expect(slope.p / 3.635819e-12).toBeCloseTo(1, 5);
    // larger than the classical SE here (0.4155), as the spread of distance grows with speed
    expect(slope.se).toBeGreaterThan(fit.coefficients.speed!.se);
  });

  it("refuses what has no slope", () => {
    expect(() => hc3Slope([1, 1, 1], [0, 1, -1], 0)).toThrow(/hc3Slope requires x to vary/);
    expect(() => hc3Slope([1, 2], [0, 0], 0)).toThrow(/at least 3 points/);
  });
});
