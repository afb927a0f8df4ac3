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

// The data: current practitioners' tenure, institutional support, work-related burnout, hostile-contact frequency and
// role in the synthetic panel panelResponses(150, 31), as the analysis table holds them — exported once to
// fixtures/moderation-spline-sample.csv (NA = no answer) and analysed in R 4.2.2 (with Hmisc 4.8 for the trajectory;
// the moderation model by fixtures/moderation-spline-model.R; the R calls are beside each number). The first test
// proves the fixture is exactly the analysis's data.
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
    const rows = ["years_support,institutional_support,cbi_work,hostile_freq,role"];
    const na = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? String(v) : "NA");
    for (let i = 0; i < t!.length; i++) {
      if (table.leaver[i] === 0 && Number.isFinite(t![i]) && Number.isFinite(y![i])) {
        const { hostile_freq, role } = table.rows[i]!.answers;
        rows.push(`${t![i]},${na(s![i])},${y![i]},${na(hostile_freq)},${na(role)}`);
      }
    }
    expect(rows.join("\n") + "\n").toBe(readFileSync(FIXTURE, "utf8"));
  });

  it("fits the spline × support moderation model as lm() does: joint F, support effects, floodlight", () => {
    // m <- na.omit(d[, 1:3]); knots <- quantile(m$years_support, c(.05, .35, .65, .95))   (n = 121; 1.5 4 7.5 17)
    // B <- sweep(rcs_basis(m$years_support, knots), 2, mu); s <- support - mean(support)
    // anova(lm(cbi_work ~ B + s), lm(cbi_work ~ B + s + B:s)) → F = 8.0499 on 3 and 113 df
    const m = results.moderation.find((r) => r.outcome.id === "cbi_work") as ModerationResult;
    expect(m.n).toBe(121);
    expect(m.tenure.knots).toEqual([1.5, 4, 7.5, 17]);
    expectRelativelyClose(m.interaction.F, 8.049896713471798, EST, "F");
    expect([m.interaction.df1, m.interaction.df2]).toEqual([3, 113]);
    expectRelativelyClose(m.interaction.p, 6.5817e-5, 1e-4, "p of the joint interaction test");
    expectRelativelyClose(m.r2, 0.476313447441452, EST, "R²"); // summary(full)$r.squared
    // theta(t): c <- c(1, rcs_basis(t, knots) - mu); sum(c * coef(full)[idx]); sqrt(c %*% vcov(full)[idx, idx] %*% c)
    // at mean(m$years_support) = 6.84297520661157, 2, 5, 10: estimate, SE, 2 * pt(-|t|, 113), CI lower and upper
    const effects = [
      [-0.433275399970976, 0.0909551676554212, 5.69193338118537e-6, -0.613473991717164, -0.253076808224787],
      [0.257898751322937, 0.140105175382956, 0.0682816026900583, -0.0196748703981214, 0.535472373043995],
      [-0.187221353813159, 0.112509554245273, 0.0988735195421063, -0.410123072930391, 0.035680365304074],
      [-0.693552444516267, 0.143554302529114, 4.29998563226652e-6, -0.977959409196419, -0.409145479836115],
    ];
    expect(m.supportEffects.map((e) => e.at)).toEqual(["mean tenure", "2 years", "5 years", "10 years"]);
    expectRelativelyClose(m.supportEffects[0]!.tenure, 6.84297520661157, EST, "mean tenure");
    m.supportEffects.forEach((effect, i) => {
      const [estimate, se, p, lo, hi] = effects[i]!;
      expectRelativelyClose(effect.estimate, estimate!, EST, `effect at ${effect.at}`);
      expectRelativelyClose(effect.se, se!, EST, `SE at ${effect.at}`);
      expectRelativelyClose(effect.p, p!, P, `p at ${effect.at}`);
      expectRelativelyClose(effect.ci95[0], lo!, EST, `CI at ${effect.at}`);
      expectRelativelyClose(effect.ci95[1], hi!, EST, `CI at ${effect.at}`);
    });
    // floodlight over the 10th smallest to the 10th largest tenure (1.5 to 13.5): uniroot(function(t)
    // abs(theta(t)[1]) / theta(t)[2] - qt(0.975, 113), <grid bracket>, tol = 1e-12) → 5.21020924650704 only (the
    // upper crossing, 20.388, lies beyond the published range)
    expect(m.floodlight.range).toEqual([1.5, 13.5]);
    expect(m.floodlight.bounds).toHaveLength(1);
    expectRelativelyClose(m.floodlight.bounds[0]!, 5.21020924650704, EST, "floodlight lower");
    expect(m.floodlight.regions).toEqual([{ from: m.floodlight.bounds[0], to: 13.5, effect: "negative" }]);
  });

  it("fits the sensitivity model with hostile contact and role beside the main model", () => {
    // ms <- na.omit(d); ms$role <- factor(ms$role); the same model + hostile_freq + role (n = 110)
    // anova(lm(cbi_work ~ B + s + X), lm(cbi_work ~ B + s + X + B:s)) → F = 7.55285 on 3 and 98 df
    const m = results.moderation.find((r) => r.outcome.id === "cbi_work") as ModerationResult;
    if ("note" in m.sensitivity) throw new Error(m.sensitivity.note);
    const sensitivity = m.sensitivity;
    expect(sensitivity.covariates).toEqual(["hostile_freq", "role"]);
    expect(sensitivity.n).toBe(110);
    expectRelativelyClose(sensitivity.interaction.F, 7.55285261736019, EST, "F");
    expectRelativelyClose(sensitivity.r2, 0.521560921411574, EST, "R²");
    const atMean = sensitivity.supportEffects[0]!;
    expectRelativelyClose(atMean.estimate, -0.393233622486819, EST, "effect at mean tenure");
    expectRelativelyClose(atMean.ci95[0], -0.580017474055093, EST, "CI at mean tenure");
    expectRelativelyClose(
      sensitivity.supportEffects[3]!.estimate,
      -0.676097818217922,
      EST,
      "effect at 10 years",
    );
    expect(sensitivity.floodlight.bounds).toHaveLength(1);
    expectRelativelyClose(sensitivity.floodlight.bounds[0]!, 5.58513086389783, EST, "floodlight lower");
  });

  it("reports the continuous association beside the extreme-group contrast", () => {
    // cor.test(m$institutional_support, m$cbi_work) → r = −0.197283698872308, CI −0.36299747172156 to −0.01947289495180
    const { continuous } = results.supportGroups.comparisons.find((c) => c.outcome.id === "cbi_work")!;
    expect(continuous!.n).toBe(121);
    expectRelativelyClose(continuous!.r, -0.197283698872308, EST, "r");
    expectRelativelyClose(continuous!.ci95[0], -0.3629974717215639, EST, "r CI");
    expectRelativelyClose(continuous!.ci95[1], -0.0194728949517952, EST, "r CI");
    expectRelativelyClose(continuous!.p, 0.0300858152319, P, "p");
  });

  it("fits the linear trend, the restricted cubic spline and LOWESS as R does", () => {
    const { overall } = results.harmTrajectory.find((t) => t.outcome.id === "cbi_work")!;
    expect(overall.n).toBe(122);
    // lin <- lm(cbi_work ~ years_support, d) with the HC3 sandwich (decision 031; = sandwich::vcovHC(lin, "HC3")):
    // X <- model.matrix(lin); h <- hatvalues(lin); e <- resid(lin); B <- solve(crossprod(X))
    // se <- sqrt((B %*% crossprod(X * (e / (1 - h))) %*% B)[2, 2]); 2 * pt(-abs(coef(lin)[2] / se), lin$df.residual)
    // coef(lin)[2] + c(-1, 1) * qt(0.975, lin$df.residual) * se   (the classical SE, 0.3848, is half of it here)
    expectRelativelyClose(overall.linear!.estimate, 1.84798004287354, EST, "slope");
    expectRelativelyClose(overall.linear!.se, 0.81229874817085, EST, "slope SE");
    expectRelativelyClose(overall.linear!.p, 0.0246810251617039, P, "slope p");
    expectRelativelyClose(overall.linear!.ci95[0], 0.239685053359685, EST, "slope CI");
    expectRelativelyClose(overall.linear!.ci95[1], 3.4562750323874, EST, "slope CI");
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
