import { describe, expect, it } from "vitest";
import { splineFit } from "../../../analysis/spline-fit";
import { deterministicUniforms as u } from "./generated-reference-data";
import { CARS_DIST as dist, CARS_SPEED as speed } from "./regression-reference-data";
import { expectAllRel, expectRel as expectRelWithFloor } from "./relative-agreement";

/** Relative agreement (absolute for expected values below 1e-12 in magnitude). */
const expectRel = (actual: number, expected: number, rel: number): void =>
  expectRelWithFloor(actual, expected, rel, 1e-12);

// Expected values: R 4.2.2 with Hmisc 4.8.0 (rms is not installed; lm on rcspline.eval(…, inclx = TRUE) is the
// same model as lm(y ~ rcs(x, nk))):
//   B <- rcspline.eval(x, nk = nk, inclx = TRUE); m <- lm(y ~ B)
describe("splineFit", () => {
  it("matches R for cars: lm(dist ~ rcs(speed, 4)), its confidence band and anova(lm(dist ~ speed), …)", () => {
    const s = splineFit(speed, dist, { nk: 4 });
    // coef(summary(m)), row-major: estimate, SE, t, p for (Intercept), x, x', …
    const coef = [
      -12.116404393665569, 13.734402021218958, -0.88219380610428721, 0.38225888410005426, 3.5913371217328738,
      1.3657421719553284, 2.6295864589076636, 0.011586739276499098, -2.5049990120002037, 5.2488895177383137,
      -0.47724361572761376, 0.63544839748460435, 12.167353516748751, 15.407416725226875, 0.7897075631651409,
      0.43375057564761021,
    ];
    s.fit.names.forEach((name, j) => {
      const c = s.fit.coefficients[name]!;
      expectRel(c.estimate, coef[j * 4]!, 1e-6);
      expectRel(c.se, coef[j * 4 + 1]!, 1e-6);
      expectRel(c.t, coef[j * 4 + 2]!, 1e-6);
      expectRel(c.p, coef[j * 4 + 3]!, 1e-4);
    });
    // c(summary(m)$r.squared, summary(m)$sigma)
    const [r2, sigma] = [0.67232883474576643, 15.224469358057743];
    expectRel(s.fit.r2, r2!, 1e-6);
    expectRel(s.fit.sigma, sigma!, 1e-6);
    // a <- anova(lm(y ~ x), m); c(a$F[2], a$Df[2], a$Res.Df[2], a$`Pr(>F)`[2])
    const [F, df1, df2, p] = [1.4915485204004959, 2, 46, 0.23570380483909076];
    expectRel(s.nonlinearity.F, F!, 1e-6);
    expect([s.nonlinearity.df1, s.nonlinearity.df2]).toEqual([df1, df2]);
    expectRel(s.nonlinearity.p, p!, 1e-4);
    // g <- seq(min(x), max(x), length.out = 100); G <- rcspline.eval(g, knots = attr(B, "knots"), inclx = TRUE)
    // pr <- predict(m, newdata = list(B = G), se.fit = TRUE, interval = "confidence") at 0-based indices
    const idx = [0, 10, 25, 50, 75, 99];
    const expected = {
      x: [4, 6.1212121212121211, 9.3030303030303028, 14.606060606060606, 19.90909090909091, 25],
      fit: [
        2.2489440932659264, 9.8669319272447495, 21.272265012182942, 37.714832424780994, 58.107176733455262,
        90.808011229432879,
      ],
      se: [
        8.5723430473152575, 6.0531394356281476, 3.5749185350177446, 3.0699055391905006, 3.7302846492962383,
        7.3969642530341337,
      ],
      lower: [
        -15.00628749910252, -2.3174058023767827, 14.076327226550234, 31.535433075846058, 50.598503180170162,
        75.918694439136132,
      ],
      upper: [
        19.504175685634372, 22.051269656866282, 28.46820279781565, 43.89423177371593, 65.615850286740368,
        105.69732801972962,
      ],
    };
    expect(s.grid.x).toHaveLength(100);
    for (const key of ["x", "fit", "se", "lower", "upper"] as const) {
      expectAllRel(
        idx.map((i) => s.grid[key][i]!),
        expected[key],
      );
    }
    expect(s.knots).toEqual([8, 13, 18, 24]);
    expect(s.fit.names).toEqual(["(Intercept)", "x", "x'", "x''"]);
    expect(s.level).toBe(0.95);
  });

  it("matches R on a clearly non-linear curve with 5 knots and a 90% band", () => {
    // x <- 10 * u(150); y <- sin(x) + (((1:150) * 31) %% 17 - 8) / 20
    const x = Object.freeze(u(150).map((v) => 10 * v));
    const y = Object.freeze(x.map((v, i) => Math.sin(v) + ((((i + 1) * 31) % 17) - 8) / 20));
    const s = splineFit(x, y, { nk: 5, level: 0.9 });
    // coef(summary(m)), row-major: estimate, SE, t, p for (Intercept), x, x', …
    const coef = [
      0.3658277030953761, 0.084699718575493771, 4.3191135608002043, 2.8899591179095903e-5,
      0.32879909042683247, 0.056081336790720214, 5.8628968074320031, 2.9463469372216057e-8,
      -5.4496528591533888, 0.33404678310093383, -16.314040831540503, 1.2521809538889433e-34,
      19.788446593799566, 0.97446775014386045, 20.306928157323014, 3.0803303807393971e-44,
      -30.642023690587152, 1.2643650703810756, -24.235107729883541, 7.5020271399619112e-53,
    ];
    s.fit.names.forEach((name, j) => {
      const c = s.fit.coefficients[name]!;
      expectRel(c.estimate, coef[j * 4]!, 1e-6);
      expectRel(c.se, coef[j * 4 + 1]!, 1e-6);
      expectRel(c.t, coef[j * 4 + 2]!, 1e-6);
      expectRel(c.p, coef[j * 4 + 3]!, 1e-4);
    });
    // c(summary(m)$r.squared, summary(m)$sigma)
    const [r2, sigma] = [0.85669719692087865, 0.27266261672993064];
    expectRel(s.fit.r2, r2!, 1e-6);
    expectRel(s.fit.sigma, sigma!, 1e-6);
    // a <- anova(lm(y ~ x), m); c(a$F[2], a$Df[2], a$Res.Df[2], a$`Pr(>F)`[2])
    const [F, df1, df2, p] = [288.33539168017904, 3, 145, 6.8768601115615403e-61];
    expectRel(s.nonlinearity.F, F!, 1e-6);
    expect([s.nonlinearity.df1, s.nonlinearity.df2]).toEqual([df1, df2]);
    expectRel(s.nonlinearity.p, p!, 1e-4);
    // g <- seq(min(x), max(x), length.out = 100); G <- rcspline.eval(g, knots = attr(B, "knots"), inclx = TRUE)
    // pr <- predict(m, newdata = list(B = G), se.fit = TRUE, interval = "confidence", level = 0.9) at 0-based indices
    const idx = [0, 10, 25, 50, 75, 99];
    const expected = {
      x: [
        0.034947578632051918, 1.0268940024306974, 2.5148136381286657, 4.9946796976252799, 7.4745457571218941,
        9.8552171742386427,
      ],
      fit: [
        0.37731843516221497, 0.69415676280757965, 0.6374774807739827, -1.0867030162484677,
        0.97827681072558104, -0.2867453634351449,
      ],
      se: [
        0.082999371352729487, 0.044764241614974151, 0.049717547033567143, 0.050217642850643673,
        0.04949314114374101, 0.082999371352728765,
      ],
      lower: [
        0.23991876497625753, 0.62005268305638173, 0.55517354938833485, -1.1698348213783114,
        0.89634436763854763, -0.42414503362110112,
      ],
      upper: [
        0.51471810534817242, 0.76826084255877758, 0.71978141215963054, -1.0035712111186239,
        1.0602092538126144, -0.14934569324918864,
      ],
    };
    expect(s.grid.x).toHaveLength(100);
    for (const key of ["x", "fit", "se", "lower", "upper"] as const) {
      expectAllRel(
        idx.map((i) => s.grid[key][i]!),
        expected[key],
      );
    }
  });

  it("accepts explicit knots and a grid size", () => {
    const s = splineFit(speed, dist, { knots: [8, 13, 18, 24], gridSize: 5 });
    const d = splineFit(speed, dist);
    expect(s.grid.x).toEqual([4, 9.25, 14.5, 19.75, 25]);
    expect(s.fit.coefficients).toEqual(d.fit.coefficients);
    expect(s.grid.lower.every((lo, i) => lo < s.grid.fit[i]! && s.grid.fit[i]! < s.grid.upper[i]!)).toBe(
      true,
    );
  });

  it("throws on invalid input", () => {
    expect(() => splineFit([1, 2, 3], [1, 2])).toThrow("splineFit requires x and y of the same length");
    expect(() => splineFit(speed, dist, { gridSize: 1 })).toThrow(
      "splineFit requires gridSize to be an integer of at least 2",
    );
    expect(() => splineFit(speed, dist, { level: 0 })).toThrow(
      "splineFit requires level strictly between 0 and 1",
    );
    expect(() => splineFit([1, 2, 3, 4], [1, 2, 3, 4], { knots: [1, 2, 3, 4] })).toThrow(
      "ols requires more observations than coefficients",
    );
  });
});
