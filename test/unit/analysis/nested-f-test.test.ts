import { describe, expect, it } from "vitest";
import { nestedFTest } from "../../../analysis/nested-f-test";
import { ols } from "../../../analysis/ols";

/** Relative agreement (absolute below 1e-300 to allow exact zeros). */
function expectRel(actual: number, expected: number, rel: number): void {
  const tol = rel * Math.max(Math.abs(expected), 1e-300);
  if (!(Math.abs(actual - expected) <= tol))
    throw new Error(`got ${actual}, expected ${expected} (rel ${rel})`);
}
const EST = 1e-6; // house tolerance for estimates
const PV = 1e-4; // house tolerance for p-values

// R 4.2.2: dput(mtcars$mpg), dput(mtcars$wt), dput(mtcars$hp), dput(mtcars$qsec)
const mpg = Object.freeze([
  21, 21, 22.800000000000001, 21.399999999999999, 18.699999999999999, 18.100000000000001, 14.300000000000001,
  24.399999999999999, 22.800000000000001, 19.199999999999999, 17.800000000000001, 16.399999999999999,
  17.300000000000001, 15.199999999999999, 10.4, 10.4, 14.699999999999999, 32.399999999999999,
  30.399999999999999, 33.899999999999999, 21.5, 15.5, 15.199999999999999, 13.300000000000001,
  19.199999999999999, 27.300000000000001, 26, 30.399999999999999, 15.800000000000001, 19.699999999999999, 15,
  21.399999999999999,
]);
const wt = Object.freeze([
  2.6200000000000001, 2.875, 2.3199999999999998, 3.2149999999999999, 3.4399999999999999, 3.46,
  3.5699999999999998, 3.1899999999999999, 3.1499999999999999, 3.4399999999999999, 3.4399999999999999,
  4.0700000000000003, 3.73, 3.7799999999999998, 5.25, 5.4240000000000004, 5.3449999999999998,
  2.2000000000000002, 1.615, 1.835, 2.4649999999999999, 3.52, 3.4350000000000001, 3.8399999999999999,
  3.8450000000000002, 1.9350000000000001, 2.1400000000000001, 1.5129999999999999, 3.1699999999999999, 2.77,
  3.5699999999999998, 2.7799999999999998,
]);
const hp = Object.freeze([
  110, 110, 93, 110, 175, 105, 245, 62, 95, 123, 123, 180, 180, 180, 205, 215, 230, 66, 52, 65, 97, 150, 150,
  245, 175, 66, 91, 113, 264, 175, 335, 109,
]);
const qsec = Object.freeze([
  16.460000000000001, 17.02, 18.609999999999999, 19.440000000000001, 17.02, 20.219999999999999, 15.84, 20,
  22.899999999999999, 18.300000000000001, 18.899999999999999, 17.399999999999999, 17.600000000000001, 18,
  17.98, 17.82, 17.420000000000002, 19.469999999999999, 18.52, 19.899999999999999, 20.010000000000002,
  16.870000000000001, 17.300000000000001, 15.41, 17.050000000000001, 18.899999999999999, 16.699999999999999,
  16.899999999999999, 14.5, 15.5, 14.6, 18.600000000000001,
]);
const wtHp = Object.freeze(wt.map((w, i) => w * hp[i]!));

describe("nestedFTest", () => {
  it("matches R anova(lm(mpg ~ wt + hp), lm(mpg ~ wt * hp)) — one extra term, F = t²", () => {
    // R 4.2.2: a <- anova(lm(mpg ~ wt + hp, mtcars), lm(mpg ~ wt * hp, mtcars))
    //          c(a$F[2], a$Df[2], a$Res.Df[2], a$`Pr(>F)`[2], a$`Sum of Sq`[2])
    const [F, df1, df2, p, ss] = [14.087500656988285, 1, 28, 0.00081083073737062692, 65.286256731148001];
    const result = nestedFTest(ols(mpg, { wt, hp }), ols(mpg, { wt, hp, "wt:hp": wtHp }));
    expectRel(result.F, F!, EST);
    expect([result.df1, result.df2]).toEqual([df1, df2]);
    expectRel(result.p, p!, PV);
    expectRel(result.ssDifference, ss!, EST);
  });

  it("matches R anova(lm(mpg ~ wt), lm(mpg ~ wt + hp + qsec + wt:hp)) — three extra terms", () => {
    // R 4.2.2: a <- anova(lm(mpg ~ wt, mtcars), lm(mpg ~ wt + hp + qsec + wt:hp, mtcars)); same columns
    const [F, df1, df2, p, ss] = [11.694582088450563, 3, 27, 4.3130302601419693e-5, 157.28071877487903];
    const result = nestedFTest(ols(mpg, { wt }), ols(mpg, { wt, hp, qsec, "wt:hp": wtHp }));
    expectRel(result.F, F!, EST);
    expect([result.df1, result.df2]).toEqual([df1, df2]);
    expectRel(result.p, p!, PV);
    expectRel(result.ssDifference, ss!, EST);
  });

  it("throws for models that cannot be nested", () => {
    const small = ols(mpg, { wt });
    const big = ols(mpg, { wt, hp });
    expect(() => nestedFTest(big, small)).toThrow(
      "nestedFTest requires the full model to have more coefficients than the reduced model",
    );
    expect(() => nestedFTest(small, small)).toThrow(
      "nestedFTest requires the full model to have more coefficients than the reduced model",
    );
    expect(() => nestedFTest(ols(mpg.slice(1), { wt: wt.slice(1) }), big)).toThrow(
      "nestedFTest requires both models to be fitted to the same number of observations",
    );
    // Not nested: the "reduced" (wt, hp) has a smaller RSS than the "full" (qsec, hp², qsec²).
    expect(() =>
      nestedFTest(
        ols(mpg, { wt, hp }),
        ols(mpg, { qsec, hp: hp.map((h) => h * h), z: qsec.map((q) => q * q) }),
      ),
    ).toThrow("nestedFTest requires the reduced model to fit no better than the full model");
  });
});
