import { describe, expect, it } from "vitest";
import { johnsonNeyman } from "../../../analysis/johnson-neyman";
import { ols } from "../../../analysis/ols";
import { simpleSlopes } from "../../../analysis/simple-slopes";
import {
  MTCARS_HP as hp,
  MTCARS_MPG as mpg,
  MTCARS_QSEC as qsec,
  MTCARS_WT as wt,
  MTCARS_WT_HP as wtHp,
} from "./regression-reference-data";
import { EST, expectRel } from "./relative-agreement";

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
