import { describe, expect, it } from "vitest";
import { ols } from "../../../analysis/ols";
import {
  MTCARS_HP as hp,
  MTCARS_MPG as mpg,
  MTCARS_WT as wt,
  MTCARS_WT_HP as wtHp,
} from "./regression-reference-data";
import { EST, PV, expectRel } from "./relative-agreement";

describe("ols", () => {
  const fit = ols(mpg, { wt, hp, "wt:hp": wtHp });

  it("matches R coef(summary(lm(mpg ~ wt * hp, mtcars))) (reference case 6)", () => {
    // R 4.2.2: sprintf("%.17g", coef(summary(lm(mpg ~ wt * hp, mtcars)))[name, ]) → estimate, SE, t, Pr(>|t|)
    const expected: Record<string, readonly number[]> = {
      "(Intercept)": [49.808423428760278, 3.6051557986911709, 13.81588652752342, 5.0057606342063523e-14],
      wt: [-8.2166242972436088, 1.2697081392306133, -6.4712700843380571, 5.1992872795831572e-7],
      hp: [-0.1201020909780231, 0.024698347018282708, -4.8627582602640862, 4.03624302067519e-5],
      "wt:hp": [0.0278481483187412, 0.0074195804577937164, 3.7533319406879393, 0.00081083073737062529],
    };
    expect(fit.names).toEqual(["(Intercept)", "wt", "hp", "wt:hp"]);
    expect(Object.keys(fit.coefficients)).toEqual(fit.names);
    for (const [name, [estimate, se, t, p]] of Object.entries(expected)) {
      const c = fit.coefficients[name]!;
      expectRel(c.estimate, estimate!, EST);
      expectRel(c.se, se!, EST);
      expectRel(c.t, t!, EST);
      expectRel(c.p, p!, PV);
    }
    // published (reference case 6): wt:hp 0.02785 (SE 0.00742), t = 3.753, p = 0.000811
    expect(fit.coefficients["wt:hp"]!.estimate).toBeCloseTo(0.02785, 5);
    expect(fit.coefficients["wt:hp"]!.p).toBeCloseTo(0.000811, 6);
  });

  it("matches R's R², adjusted R², sigma, df and overall F", () => {
    // R 4.2.2: s <- summary(m); c(s$r.squared, s$adj.r.squared, s$sigma, m$df.residual)
    const [r2, adjR2, sigma, df] = [0.88476371199113857, 0.87241696684733194, 2.1527515450358474, 28];
    expectRel(fit.r2, r2!, EST);
    expectRel(fit.adjR2, adjR2!, EST);
    expectRel(fit.sigma, sigma!, EST);
    expect(fit.df).toBe(df);
    expect(fit.n).toBe(32);
    // R 4.2.2: c(s$fstatistic, pf(F, 3, 28, lower.tail = FALSE))
    const [F, df1, df2, p] = [71.659672382154668, 3, 28, 2.9813941200960503e-13];
    expectRel(fit.fStatistic!.F, F!, EST);
    expect([fit.fStatistic!.df1, fit.fStatistic!.df2]).toEqual([df1, df2]);
    expectRel(fit.fStatistic!.p, p!, PV);
  });

  it("matches R's vcov, residuals and fitted values", () => {
    // R 4.2.2: sprintf("%.17g", t(vcov(m))) (row-major)
    const vcov = [
      12.997148332836577, -4.3819514655425271, -0.078781989184279561, 0.024870403344990449,
      -4.3819514655425271, 1.6121587588284667, 0.024611058641479416, -0.0085769200216231981,
      -0.078781989184279561, 0.024611058641479416, 0.00061000834543551449, -0.00017460890776562261,
      0.024870403344990449, -0.0085769200216231981, -0.00017460890776562261, 5.5050174169674427e-5,
    ];
    fit.vcov.forEach((row, i) => row.forEach((v, j) => expectRel(v, vcov[i * 4 + j]!, EST)));
    // R 4.2.2: residuals(m), fitted(m)
    const resid = [
      -2.0954741078607579, -0.7813754724042502, -2.7848770794505469, 1.3707560415376387, 1.4100447870295727,
      -0.78541609180364191, -1.1074453249719316, 2.7411309456036306, 1.95008336608598, 0.64621282742879815,
      -0.7537871725712002, 1.2500603787555624, 1.060714794799698, -0.87908732520679589, -1.6217868457818163,
      -1.4949003236192162, 2.1977932293076261, 4.5513368938439669, -2.2319539536625328, 3.6541301795353904,
      -3.0631732149391566, -2.074414568054666, -2.7177637422564223, -1.7311117760008883, 3.264040115322453,
      -2.2390044308308061, -0.71870555725051277, 1.8336953435790448, 0.43966924671191832, 0.17010189824875976,
      1.4541328082385934, -0.91362586936348888,
    ];
    const fitted = [
      23.09547410786076, 21.78137547240425, 25.584877079450546, 20.029243958462359, 17.289955212970426,
      18.885416091803645, 15.407445324971933, 21.658869054396369, 20.84991663391402, 18.553787172571202,
      18.553787172571202, 15.149939621244435, 16.239285205200304, 16.079087325206796, 12.021786845781817,
      11.894900323619217, 12.502206770692373, 27.848663106156032, 32.631953953662531, 30.245869820464609,
      24.563173214939155, 17.574414568054667, 17.917763742256422, 15.031111776000889, 15.935959884677546,
      29.539004430830808, 26.718705557250512, 28.566304656420954, 15.360330753288082, 19.52989810175124,
      13.545867191761406, 22.313625869363488,
    ];
    fit.residuals.forEach((r, i) => expectRel(r, resid[i]!, EST));
    fit.fitted.forEach((f, i) => expectRel(f, fitted[i]!, EST));
    expectRel(
      fit.rss,
      resid.reduce((s, r) => s + r * r, 0),
      EST,
    );
  });

  it("fits the intercept-only model as R lm(mpg ~ 1)", () => {
    // R 4.2.2: coef(summary(lm(mpg ~ 1, mtcars))) → [20.090624999999996, 1.0654239593728145, 18.856929979148195, 1.5261508267114787e-18]
    const [estimate, se, t, p] = [
      20.090624999999996, 1.0654239593728145, 18.856929979148195, 1.5261508267114787e-18,
    ];
    const null0 = ols(mpg, {});
    expectRel(null0.coefficients["(Intercept)"]!.estimate, estimate!, EST);
    expectRel(null0.coefficients["(Intercept)"]!.se, se!, EST);
    expectRel(null0.coefficients["(Intercept)"]!.t, t!, EST);
    expectRel(null0.coefficients["(Intercept)"]!.p, p!, PV);
    expect(null0.fStatistic).toBeNull();
    expect(null0.r2).toBeCloseTo(0, 14);
  });

  it("is numerically stable on the ill-conditioned Longley data (R lm(Employed ~ ., longley))", () => {
    // R 4.2.2 data set `longley` (Longley 1967; NIST StRD), condition number of X ≈ 1e8 unscaled
    const longley = {
      "GNP.deflator": [
        83, 88.5, 88.200000000000003, 89.5, 96.200000000000003, 98.099999999999994, 99, 100, 101.2,
        104.59999999999999, 108.40000000000001, 110.8, 112.59999999999999, 114.2, 115.7, 116.90000000000001,
      ],
      GNP: [
        234.28899999999999, 259.42599999999999, 258.05399999999997, 284.59899999999999, 328.97500000000002,
        346.99900000000002, 365.38499999999999, 363.11200000000002, 397.46899999999999, 419.18000000000001,
        442.76900000000001, 444.54599999999999, 482.70400000000001, 502.601, 518.173, 554.89400000000001,
      ],
      Unemployed: [
        235.59999999999999, 232.5, 368.19999999999999, 335.10000000000002, 209.90000000000001,
        193.19999999999999, 187, 357.80000000000001, 290.39999999999998, 282.19999999999999,
        293.60000000000002, 468.10000000000002, 381.30000000000001, 393.10000000000002, 480.60000000000002,
        400.69999999999999,
      ],
      "Armed.Forces": [
        159, 145.59999999999999, 161.59999999999999, 165, 309.89999999999998, 359.39999999999998,
        354.69999999999999, 335, 304.80000000000001, 285.69999999999999, 279.80000000000001,
        263.69999999999999, 255.19999999999999, 251.40000000000001, 257.19999999999999, 282.69999999999999,
      ],
      Population: [
        107.608, 108.63200000000001, 109.773, 110.929, 112.075, 113.27, 115.09399999999999,
        116.21899999999999, 117.38800000000001, 118.73399999999999, 120.44499999999999, 121.95, 123.366,
        125.36799999999999, 127.852, 130.08099999999999,
      ],
      Year: [1947, 1948, 1949, 1950, 1951, 1952, 1953, 1954, 1955, 1956, 1957, 1958, 1959, 1960, 1961, 1962],
    };
    const employed = [
      60.323, 61.122, 60.170999999999999, 61.186999999999998, 63.220999999999997, 63.639000000000003,
      64.989000000000004, 63.761000000000003, 66.019000000000005, 67.856999999999999, 68.168999999999997,
      66.513000000000005, 68.655000000000001, 69.563999999999993, 69.331000000000003, 70.551000000000002,
    ];
    const lfit = ols(employed, longley);
    // R 4.2.2: sprintf("%.17g", coef(summary(lm(Employed ~ ., longley)))[name, ])
    const expected: Record<string, readonly number[]> = {
      "(Intercept)": [-3482.2586345958148, 890.4203836073757, -3.9108029181543209, 0.0035604036637263241],
      "GNP.deflator": [0.015061872271372779, 0.084914925774767377, 0.1773760282299916, 0.86314083280921983],
      GNP: [-0.035819179292591, 0.033491007772243411, -1.06951631722104, 0.31268106109271437],
      Unemployed: [-0.02020229803816824, 0.0048839968165170283, -4.1364273559406817, 0.0025350917341113947],
      "Armed.Forces": [
        -0.010332268671735891, 0.0021427416316167573, -4.8219853104454371, 0.00094436676416182451,
      ],
      Population: [-0.051104105653579195, 0.22607320006937262, -0.22605114466419476, 0.82621179576365378],
      Year: [1.8291514646135503, 0.45547849914221344, 4.0158898127097693, 0.0030368033416303623],
    };
    for (const [name, [estimate, se, t, p]] of Object.entries(expected)) {
      const c = lfit.coefficients[name]!;
      expectRel(c.estimate, estimate!, EST);
      expectRel(c.se, se!, EST);
      expectRel(c.t, t!, EST);
      expectRel(c.p, p!, PV);
    }
    // R 4.2.2: c(s$r.squared, s$adj.r.squared, s$sigma)
    const [r2, adjR2, sigma] = [0.99547900457729555, 0.99246500762882595, 0.3048540735619657];
    expectRel(lfit.r2, r2!, EST);
    expectRel(lfit.adjR2, adjR2!, EST);
    expectRel(lfit.sigma, sigma!, EST);
  });

  it("accepts typed arrays and does not mutate its (frozen) inputs", () => {
    const typed = ols(Float64Array.from(mpg), {
      wt: Float64Array.from(wt),
      hp: Float64Array.from(hp),
      "wt:hp": wtHp,
    });
    expect(typed.coefficients).toEqual(fit.coefficients);
  });

  it("throws on invalid input", () => {
    expect(() => ols([1, 2, 3], { x: [1, 2] })).toThrow("ols requires predictors of the same length as y");
    expect(() => ols([1, 2, Number.NaN], { x: [1, 2, 3] })).toThrow("ols requires finite values");
    expect(() => ols([1, 2, 3], { x: [1, Infinity, 3] })).toThrow("ols requires finite values");
    expect(() => ols([1, 2], { x: [1, 2] })).toThrow("ols requires more observations than coefficients");
    expect(() => ols([1, 2, 3], { "(Intercept)": [1, 2, 3] })).toThrow("ols reserves the name (Intercept)");
    expect(() => ols([1, 2, 3, 5], { x: [1, 2, 3, 4], z: [2, 4, 6, 8] })).toThrow(
      "ols requires linearly independent predictors (z is collinear with earlier columns)",
    );
    expect(() => ols([1, 2, 3, 5], { c: [7, 7, 7, 7] })).toThrow(
      "ols requires linearly independent predictors (c is collinear with earlier columns)",
    );
    expect(() => ols([1, 2, 3, 5], { zero: [0, 0, 0, 0] })).toThrow(
      "ols requires linearly independent predictors (zero is collinear with earlier columns)",
    );
  });
});
