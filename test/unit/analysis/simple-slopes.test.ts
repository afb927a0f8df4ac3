import { describe, expect, it } from "vitest";
import { ols } from "../../../analysis/ols";
import { simpleSlopes } from "../../../analysis/simple-slopes";
import {
  MTCARS_HP as hp,
  MTCARS_MPG as mpg,
  MTCARS_WT as wt,
  MTCARS_WT_HP as wtHp,
} from "./regression-reference-data";
import { EST, PV, expectRel } from "./relative-agreement";

const fit = ols(mpg, { wt, hp, "wt:hp": wtHp });

describe("simpleSlopes", () => {
  it("matches the slopes of hp at wt = mean ∓ SD (reference case 6) and an R hand computation", () => {
    // R 4.2.2 (interactions is not installed; by hand from lm):
    //   m <- lm(mpg ~ wt * hp, mtcars); b <- coef(m); V <- vcov(m)
    //   at <- mean(mtcars$wt) + c(-1, 0, 1) * sd(mtcars$wt)
    //   s <- b["hp"] + b["wt:hp"] * at
    //   se <- sqrt(V["hp","hp"] + 2 * at * V["hp","wt:hp"] + at^2 * V["wt:hp","wt:hp"])
    //   t <- s / se; p <- 2 * pt(abs(t), 28, lower.tail = FALSE); ci <- s ± qt(0.975, 28) * se
    // rows: at, slope, se, t, p, ci lower, ci upper
    const rows = [
      [
        2.2387925570103033, -0.057755863795506311, 0.010203144028149399, -5.6605947770769456,
        4.5789730345392253e-6, -0.078656056891533044, -0.036855670699479585,
      ],
      [
        3.2172499999999999, -0.030507635799552985, 0.0075030015334441634, -4.0660575189232055,
        0.00035191138913360387, -0.045876837725560678, -0.01513843387354529,
      ],
      [
        4.195707442989697, -0.0032594078035996371, 0.0106720979101451, -0.3054139711837896,
        0.76230989148735084, -0.025120209380678965, 0.018601393773479691,
      ],
    ];
    const result = simpleSlopes(fit, {
      focal: "hp",
      moderator: "wt",
      at: Object.freeze(rows.map((r) => r[0]!)),
    });
    result.forEach((s, k) => {
      const [at, slope, se, t, p, lo, hi] = rows[k]!;
      expect(s.at).toBe(at);
      expectRel(s.slope, slope!, EST);
      expectRel(s.se, se!, EST);
      expectRel(s.t, t!, EST);
      expectRel(s.p, p!, PV);
      expectRel(s.ci[0], lo!, EST);
      expectRel(s.ci[1], hi!, EST);
    });
    // published (reference case 6): −0.057756 (SE 0.010203), −0.030508 (0.007503), −0.003259 (0.010672, p 0.762)
    expect(result.map((s) => s.slope)).toEqual([
      expect.closeTo(-0.057756, 6),
      expect.closeTo(-0.030508, 6),
      expect.closeTo(-0.003259, 6),
    ]);
    expect(result[2]!.p).toBeCloseTo(0.762, 3);
  });

  it("finds the product term in either order and honours level (wt at hp = 50, 150, 300; 90% CI)", () => {
    // R 4.2.2: same computation with focal wt, at = c(50, 150, 300), qt(0.95, 28)
    const rows = [
      [
        50, -6.8242168813065485, 0.94450632189008299, -7.2251680302683221, 7.274540252675847e-8,
        -8.4309458030835032, -5.2174879595295938,
      ],
      [
        150, -4.0394020494324288, 0.52698355871808944, -7.6651386606034748, 2.380034678767795e-8,
        -4.935870083017317, -3.1429340158475401,
      ],
      [
        300, 0.13782019837875126, 1.1918567116584304, 0.11563487207030018, 0.90876725845730033,
        -1.8896841230358747, 2.1653245197933773,
      ],
    ];
    const result = simpleSlopes(fit, { focal: "wt", moderator: "hp", at: [50, 150, 300], level: 0.9 });
    result.forEach((s, k) => {
      const [, slope, se, t, p, lo, hi] = rows[k]!;
      expectRel(s.slope, slope!, EST);
      expectRel(s.se, se!, EST);
      expectRel(s.t, t!, EST);
      expectRel(s.p, p!, PV);
      expectRel(s.ci[0], lo!, EST);
      expectRel(s.ci[1], hi!, EST);
    });
  });

  it("throws without the focal predictor or the product term", () => {
    expect(() => simpleSlopes(fit, { focal: "qsec", moderator: "wt", at: [1] })).toThrow(
      "simpleSlopes requires the focal predictor in the fit",
    );
    expect(() => simpleSlopes(ols(mpg, { wt, hp }), { focal: "hp", moderator: "wt", at: [1] })).toThrow(
      "simpleSlopes requires the product term focal:moderator in the fit",
    );
    expect(() => simpleSlopes(fit, { focal: "hp", moderator: "wt", at: [Number.NaN] })).toThrow(
      "simpleSlopes requires finite moderator values",
    );
    expect(() => simpleSlopes(fit, { focal: "hp", moderator: "wt", at: [1], level: 1.5 })).toThrow(
      "simpleSlopes requires level strictly between 0 and 1",
    );
  });
});
