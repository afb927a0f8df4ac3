import { describe, expect, it } from "vitest";
import { randomInterceptModel, randomInterceptReml } from "../../../../analysis/within-person/index";
import { expectRelativelyClose } from "../close-to";
import { deepFreeze } from "../charts/svg-helpers";
import { reference, SCALES, samplePeople } from "./sample-people";

// Reference: fixtures/within-person-reference.R, R 4.2.2 with nlme 3.1-162:
// lme(score ~ years * support, random = ~ 1 | person, data, method = "REML"); summary(fit)$tTable,
// intervals(fit, which = "fixed"), sqrt(getVarCov(fit)), fit$sigma and logLik(fit). nlme prints 7 significant
// digits; its optimiser stops at a relative tolerance near 1e-8, so agreement is checked to 1e-6.
type RefCoef = { estimate: number; se: number; df: number; lo: number; hi: number };

const people = deepFreeze(samplePeople());

describe("randomInterceptModel (REML) against nlme::lme", () => {
  it.each(SCALES)("matches fixed effects, SEs, df, CIs and variance components for $id", (scale) => {
    const r = reference.lme[scale.id];
    const model = randomInterceptModel(people, scale, 10);
    expect(model.notFittedBecause).toBeNull();
    const fit = model.fit!;
    expect(fit.nObservations).toBe(r.nObservations);
    expect(fit.nGroups).toBe(r.nGroups);
    expect(fit.names).toEqual(["(Intercept)", "years", "support", "years:support"]);
    for (const [term, expected] of Object.entries(r.coefficients as Record<string, RefCoef>)) {
      const got = fit.coefficients[term]!;
      expect(got.df, `${term} df`).toBe(expected.df);
      expectRelativelyClose(got.estimate, expected.estimate, 1e-6, term);
      expectRelativelyClose(got.se, expected.se, 1e-6, `${term} se`);
      // a bound near 0 makes relative error meaningless; its error is measured against the SE instead
      expect(Math.abs(got.ci95[0] - expected.lo) / expected.se, `${term} lo`).toBeLessThan(1e-5);
      expect(Math.abs(got.ci95[1] - expected.hi) / expected.se, `${term} hi`).toBeLessThan(1e-5);
    }
    expectRelativelyClose(fit.sdPerson, r.sdPerson, 1e-6, "sd person");
    expectRelativelyClose(fit.sdResidual, r.sdResidual, 1e-6, "sd residual");
    expectRelativelyClose(fit.logLik, r.logLik, 1e-9, "REML log-likelihood");
    const slope = model.slopeAtMeanSupport!;
    const b = (term: string) => fit.coefficients[term]!.estimate;
    expectRelativelyClose(
      slope.estimate,
      b("years") + b("years:support") * model.meanSupport!,
      1e-12,
      "slope",
    );
  });

  it("gives a between-person term G − 1 − (between terms) df and within terms N − G − (within terms)", () => {
    // 4 people × 3 rows; x varies within people, z does not.
    const person = [0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3];
    const x = [0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2];
    const z = [1, 1, 1, 4, 4, 4, 2, 2, 2, 7, 7, 7];
    const y = [3, 4, 6, 9, 9, 12, 4, 6, 7, 15, 16, 18];
    const fit = randomInterceptReml(y, { x, z }, person);
    expect([fit.coefficients["(Intercept)"]!.df, fit.coefficients.x!.df, fit.coefficients.z!.df]).toEqual([
      7, 7, 2,
    ]);
  });

  it("is not fitted with fewer than three waves, and says why", () => {
    const model = randomInterceptModel(samplePeople([1, 2]), SCALES[0], 10);
    expect(model.fit).toBeNull();
    expect(model.notFittedBecause).toBe("fewer than three waves");
  });

  it("rejects rows and groups of different lengths and non-finite values", () => {
    expect(() => randomInterceptReml([1, 2, 3], { x: [1, 2] }, [0, 0, 1])).toThrow(
      "randomInterceptReml requires predictors and groups of the same length as y",
    );
    expect(() => randomInterceptReml([1, NaN, 3, 4, 5], { x: [1, 2, 3, 4, 5] }, [0, 0, 1, 1, 2])).toThrow(
      "randomInterceptReml requires finite values",
    );
  });
});
