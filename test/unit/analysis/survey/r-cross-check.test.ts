import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildAnalysisTable } from "../../../../analysis/survey/build-analysis-table";
import { resolveRoles } from "../../../../analysis/survey/resolve-roles";
import type { ModerationResult } from "../../../../analysis/survey/results-types";
import { SURVEY_ROLES } from "../../../../analysis/survey/roles";
import { runSurveyAnalysis } from "../../../../analysis/survey/run-survey-analysis";
import { loadDefaultInstrument } from "../../../../instrument/default-instrument";
import { expectRelativelyClose } from "../close-to";
import { panelResponses } from "./panel-responses";

// The data: current practitioners' tenure, institutional support and work-related burnout in the synthetic panel
// panelResponses(150, 31), as the analysis table holds them — exported once to fixtures/moderation-spline-sample.csv
// (NA = no support score) and analysed in R 4.2.2 with Hmisc 4.8 (the R calls are beside each number). The first
// test proves the fixture is exactly the analysis's data.
const FIXTURE = path.join(import.meta.dirname, "fixtures/moderation-spline-sample.csv");
const definition = loadDefaultInstrument();
const responses = panelResponses(150, 31);
const results = runSurveyAnalysis({ definition, responses, options: { bootstrapB: 200 } });
const EST = 1e-6;
const P = 1e-4;

describe("the survey analysis against R on a small exported sample", () => {
  it("analyses exactly the exported rows", () => {
    const roles = resolveRoles(definition, SURVEY_ROLES);
    const table = buildAnalysisTable(definition, responses, roles);
    const [t, s, y] = ["years_support", "institutional_support", "cbi_work"].map((id) =>
      table.columns.get(id)!,
    );
    const rows = ["years_support,institutional_support,cbi_work"];
    for (let i = 0; i < t!.length; i++) {
      if (table.leaver[i] === 0 && Number.isFinite(t![i]) && Number.isFinite(y![i])) {
        rows.push(`${t![i]},${Number.isFinite(s![i]) ? s![i] : "NA"},${y![i]}`);
      }
    }
    expect(rows.join("\n") + "\n").toBe(readFileSync(FIXTURE, "utf8"));
  });

  it("fits the moderation model as lm() does, with simple slopes and the Johnson–Neyman bounds", () => {
    // m <- na.omit(d); m$support_c <- m$institutional_support - mean(m$institutional_support)   (n = 121)
    // fit <- lm(cbi_work ~ years_support * support_c, data = m); coef(summary(fit)); confint(fit)
    const m = results.moderation.find((r) => r.outcome.id === "cbi_work") as ModerationResult;
    expect(m.n).toBe(121);
    const c = m.coefficients;
    const expected = [
      [c.intercept, 31.498707479667619, 2.822438698520346, 3.89555540264679e-20],
      [c.tenure, 2.4895739342874608, 0.3465586691368568, 6.80698149401566e-11],
      [c.support, 0.3549603223668822, 0.1260848603413806, 5.72082531982832e-3],
      [c.interaction, -0.0968010293818169, 0.0164701725029655, 4.01683544669133e-8],
    ] as const;
    for (const [coefficient, estimate, se, p] of expected) {
      expectRelativelyClose(coefficient.estimate, estimate, EST, "estimate");
      expectRelativelyClose(coefficient.se, se, EST, "se");
      expectRelativelyClose(coefficient.p, p, P, "p");
    }
    expectRelativelyClose(m.interaction.ci95[0], -0.1294193429652163, EST, "interaction CI");
    expectRelativelyClose(m.interaction.ci95[1], -0.0641827157984176, EST, "interaction CI");
    expectRelativelyClose(m.r2, 0.392468685899724, EST, "R²"); // summary(fit)$r.squared
    // mean(m$institutional_support), sd(...) → 46.0571625344353, 21.7464992936411
    expectRelativelyClose(m.support.mean, 46.0571625344353, EST, "support mean");
    expectRelativelyClose(m.support.sd, 21.7464992936411, EST, "support sd");
    // slope b[2] + b[4]·w, SE √(V22 + 2w·V24 + w²·V44), p 2·pt(−|t|, 117) at w = −sd, 0, +sd
    const slopes = [
      [4.59465745136287, 0.562671987195347, 4.18809582781775e-13],
      [2.48957393428746, 0.346558669136857, 6.80698149401566e-11],
      [0.384490417212049, 0.424470896051666, 0.366897488964136],
    ];
    m.simpleSlopes.forEach((slope, i) => {
      expectRelativelyClose(slope.slope, slopes[i]![0]!, EST, `slope ${slope.at}`);
      expectRelativelyClose(slope.se, slopes[i]![1]!, EST, `slope SE ${slope.at}`);
      expectRelativelyClose(slope.p, slopes[i]![2]!, P, `slope p ${slope.at}`);
    });
    // uniroot(function(w) t(w) ∓ qt(0.975, 117), c(-200, 200), tol = 1e-12)$root + mean → 63.8477732243458, 84.8108048143051
    expectRelativelyClose(m.johnsonNeyman.bounds[0]!, 63.8477732243458, EST, "J–N lower");
    expectRelativelyClose(m.johnsonNeyman.bounds[1]!, 84.8108048143051, EST, "J–N upper");
    expect(m.johnsonNeyman.withinObserved.map((r) => r.slope)).toEqual(["positive", "negative"]);
  });

  it("fits the linear trend, the restricted cubic spline and LOWESS as R does", () => {
    const { overall } = results.harmTrajectory.find((t) => t.outcome.id === "cbi_work")!;
    expect(overall.n).toBe(122);
    // lin <- lm(cbi_work ~ years_support, d); coef(summary(lin))[2, ]; confint(lin)[2, ]
    expectRelativelyClose(overall.linear!.estimate, 1.84798004287354, EST, "slope");
    expectRelativelyClose(overall.linear!.se, 0.384845165487725, EST, "slope SE");
    expectRelativelyClose(overall.linear!.p, 4.58173159302703e-6, P, "slope p");
    expectRelativelyClose(overall.linear!.ci95[0], 1.08601339847542, EST, "slope CI");
    // X <- Hmisc::rcspline.eval(d$years_support, nk = 4, inclx = TRUE); attr(X, "knots") → 1.5 4 7.5 16.925
    const spline = overall.spline!;
    [1.5, 4, 7.5, 16.925].forEach((k, i) => expectRelativelyClose(spline.knots[i]!, k, EST, "knot"));
    // anova(lin, lm(cbi_work ~ X, d)) → F = 13.5882614865163 on 2 and 118 df, p = 4.88822716586387e-06
    expectRelativelyClose(spline.nonlinearity.F, 13.5882614865163, EST, "F");
    expect([spline.nonlinearity.df1, spline.nonlinearity.df2]).toEqual([2, 118]);
    expectRelativelyClose(spline.nonlinearity.p, 4.88822716586387e-6, P, "p non-linear");
    expectRelativelyClose(spline.r2, 0.318203799338126, EST, "R²");
    // curve from the 10th smallest to the 10th largest tenure (1.5 to 13.5), 60 points; predict(..., newdata =
    // data.frame(years_support = c(1.5, 1.5 + 12 * 30 / 59, 13.5)), interval = "confidence")
    expect(overall.curveRange).toEqual([1.5, 13.5]);
    const expectedCurve = [
      [27.7802248683758, 19.8887851802745, 35.6716645564771],
      [56.9976235949711, 52.3923979873615, 61.6028492025808],
      [62.7782459076016, 56.0550907301199, 69.5014010850832],
    ];
    [0, 30, 59].forEach((g, i) => {
      const point = spline.curve[g]!;
      expectRelativelyClose(point.fit, expectedCurve[i]![0]!, EST, `fit at ${point.x}`);
      expectRelativelyClose(point.lo, expectedCurve[i]![1]!, EST, `lower at ${point.x}`);
      expectRelativelyClose(point.hi, expectedCurve[i]![2]!, EST, `upper at ${point.x}`);
    });
    // l <- lowess(d$years_support, d$cbi_work) at years 1.5, 4, 8, 13.5
    const loess = new Map(overall.loess!.points.map((p) => [p.x, p.y]));
    const expectedLoess = [
      [1.5, 27.6102970665606],
      [4, 40.2481786269902],
      [8, 55.7822438039186],
      [13.5, 63.0493098830693],
    ] as const;
    for (const [x, y] of expectedLoess) expectRelativelyClose(loess.get(x)!, y, EST, `lowess at ${x}`);
  });
});
