import { describe, expect, it } from "vitest";
import { nestedFTest } from "../../../analysis/nested-f-test";
import { ols } from "../../../analysis/ols";
import {
  MTCARS_HP as hp,
  MTCARS_MPG as mpg,
  MTCARS_QSEC as qsec,
  MTCARS_WT as wt,
  MTCARS_WT_HP as wtHp,
} from "./regression-reference-data";
import { EST, PV, expectRel } from "./relative-agreement";

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
