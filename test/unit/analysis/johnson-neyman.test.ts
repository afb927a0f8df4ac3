import { describe, expect, it } from "vitest";
import { johnsonNeyman } from "../../../analysis/johnson-neyman";
import { ols } from "../../../analysis/ols";
import { simpleSlopes } from "../../../analysis/simple-slopes";

/** Relative agreement (absolute below 1e-300 to allow exact zeros). */
function expectRel(actual: number, expected: number, rel: number): void {
  const tol = rel * Math.max(Math.abs(expected), 1e-300);
  if (!(Math.abs(actual - expected) <= tol))
    throw new Error(`got ${actual}, expected ${expected} (rel ${rel})`);
}
const EST = 1e-6; // house tolerance for estimates

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

const fit = ols(mpg, { wt, hp, "wt:hp": wtHp });

// R 4.2.2 hand computation (interactions is not installed), for m <- lm(y ~ focal * moderator):
//   b <- coef(m); V <- vcov(m); t2 <- qt(1 - alpha / 2, m$df.residual)^2
//   A <- b[i]^2 - t2 * V[i, i]; B <- 2 * (b[f] * b[i] - t2 * V[f, i]); C <- b[f]^2 - t2 * V[f, f]
//   sort(Re(polyroot(c(C, B, A))))           (f = focal, i = the product term)
describe("johnsonNeyman", () => {
  it("matches reference case 6: hp slope not significant for wt in [3.6925, 5.9010]", () => {
    // R 4.2.2: roots, A, qt(0.975, 28) → [3.6924915848146833, 5.900974113032869, 0.00054453038535995791, 2.0484071417952445]
    const [lo, hi, , tCrit] = [
      3.6924915848146833, 5.900974113032869, 0.00054453038535995791, 2.0484071417952445,
    ];
    const jn = johnsonNeyman(fit, { focal: "hp", moderator: "wt" });
    expectRel(jn.bounds[0]!, lo!, EST);
    expectRel(jn.bounds[1]!, hi!, EST);
    expectRel(jn.tCritical, tCrit!, EST);
    expect(jn.significantInside).toBe(false);
    expect(jn.significantRegions).toEqual([
      [-Infinity, jn.bounds[0]],
      [jn.bounds[1], Infinity],
    ]);
    expect(jn.bounds[0]).toBeCloseTo(3.6925, 4);
    expect(jn.bounds[1]).toBeCloseTo(5.901, 4);
    // at the bounds |t| equals the critical value
    for (const s of simpleSlopes(fit, { focal: "hp", moderator: "wt", at: jn.bounds })) {
      expectRel(Math.abs(s.t), jn.tCritical, 1e-9);
    }
  });

  it("matches R for the other direction and for alpha = 0.10", () => {
    // R 4.2.2: focal wt, moderator hp → [236.47590340820909, 471.76467450110073, 0.00054453038535995791, 2.0484071417952445]
    const [lo, hi] = [236.47590340820909, 471.76467450110073, 0.00054453038535995791, 2.0484071417952445];
    const jn = johnsonNeyman(fit, { focal: "wt", moderator: "hp" });
    expectRel(jn.bounds[0]!, lo!, EST);
    expectRel(jn.bounds[1]!, hi!, EST);
    // R 4.2.2: focal hp, moderator wt, alpha = 0.1 → [3.7786318907418046, 5.4367895804464368, 0.00061621261338613116, 1.7011309342659309]
    const [lo10, hi10, , t10] = [
      3.7786318907418046, 5.4367895804464368, 0.00061621261338613116, 1.7011309342659309,
    ];
    const jn10 = johnsonNeyman(fit, { focal: "hp", moderator: "wt", alpha: 0.1 });
    expectRel(jn10.bounds[0]!, lo10!, EST);
    expectRel(jn10.bounds[1]!, hi10!, EST);
    expectRel(jn10.tCritical, t10!, EST);
    expect(jn10.alpha).toBe(0.1);
  });

  it("reports significance inside the bounds when the interaction itself is not significant (lm(mpg ~ wt * qsec))", () => {
    const wq = ols(mpg, { wt, qsec, "wt:qsec": wt.map((w, i) => w * qsec[i]!) });
    // R 4.2.2: m <- lm(mpg ~ wt * qsec, mtcars); Re(polyroot(c(C, B, A))) for focal wt → [14.919984443545548, 28.466270838520121, 4.4473464895587039e-18, -4.4473464895587039e-18, -0.7814645706114578, 112.06218668040083]
    //          (roots, imaginary parts, A < 0, discriminant)
    const [r1, r2] = [
      14.919984443545548, 28.466270838520121, 4.4473464895587039e-18, -4.4473464895587039e-18,
      -0.7814645706114578, 112.06218668040083,
    ];
    const jn = johnsonNeyman(wq, { focal: "wt", moderator: "qsec" });
    expectRel(jn.bounds[0]!, Math.min(r1!, r2!), EST);
    expectRel(jn.bounds[1]!, Math.max(r1!, r2!), EST);
    expect(jn.significantInside).toBe(true);
    expect(jn.significantRegions).toEqual([[jn.bounds[0], jn.bounds[1]]]);
    // R 4.2.2: focal qsec, moderator wt → [1.2917533641753043, 3.5037548076457807, -6.4623485355705287e-27, 6.4623485355705287e-27, -0.7814645706114578, 2.9880605812965673]
    const [q1, q2] = [
      1.2917533641753043, 3.5037548076457807, -6.4623485355705287e-27, 6.4623485355705287e-27,
      -0.7814645706114578, 2.9880605812965673,
    ];
    const jq = johnsonNeyman(wq, { focal: "qsec", moderator: "wt" });
    expectRel(jq.bounds[0]!, Math.min(q1!, q2!), EST);
    expectRel(jq.bounds[1]!, Math.max(q1!, q2!), EST);
    expect(jq.significantInside).toBe(true);
  });

  it("returns no bounds when significance never changes", () => {
    // With alpha = 1e-12 (t_crit ≈ 12.2 on 28 df) the hp slope is significant for no value of wt: the quadratic has
    // a negative leading coefficient and no real roots.
    const never = johnsonNeyman(fit, { focal: "hp", moderator: "wt", alpha: 1e-12 });
    expect(never.bounds).toEqual([]);
    expect(never.significantInside).toBe(false);
    expect(never.significantRegions).toEqual([]);
  });

  it("throws without the terms or with a bad alpha", () => {
    expect(() => johnsonNeyman(fit, { focal: "qsec", moderator: "wt" })).toThrow(
      "johnsonNeyman requires the focal predictor in the fit",
    );
    expect(() => johnsonNeyman(ols(mpg, { wt, hp }), { focal: "hp", moderator: "wt" })).toThrow(
      "johnsonNeyman requires the product term focal:moderator in the fit",
    );
    expect(() => johnsonNeyman(fit, { focal: "hp", moderator: "wt", alpha: 0 })).toThrow(
      "johnsonNeyman requires alpha strictly between 0 and 1",
    );
  });
});
