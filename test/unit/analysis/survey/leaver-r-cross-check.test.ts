import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildAnalysisTable } from "../../../../analysis/survey/build-analysis-table";
import { resolveRoles } from "../../../../analysis/survey/resolve-roles";
import type { LeaverOutcome } from "../../../../analysis/survey/results-types";
import { SURVEY_ROLES } from "../../../../analysis/survey/roles";
import { runSurveyAnalysis } from "../../../../analysis/survey/run-survey-analysis";
import { loadDefaultInstrument } from "../../../../instrument/default-instrument";
import { instrumentDefinitionSchema } from "../../../../instrument/definition-schema";
import defaultInput from "../../../../instrument/definitions/support-work-and-erosion.json" with { type: "json" };
import { expectRelativelyClose } from "../close-to";
import { panelResponses } from "./panel-responses";

// The data: the leavers' CBI personal burnout, years since leaving and years in support in the synthetic panel
// panelResponses(800, 1), as the analysis table holds them (complete cases) — exported once to
// fixtures/leaver-spline-sample.csv and analysed in R 4.2.2 by fixtures/leaver-spline-model.R (the R calls are
// beside each number). The first test proves the fixture is exactly the analysis's data.
const FIXTURE = path.join(import.meta.dirname, "fixtures/leaver-spline-sample.csv");
const definition = loadDefaultInstrument();
const responses = panelResponses(800, 1);
const EST = 1e-9;
const P = 1e-6;

const personal = (definitionUsed = definition): LeaverOutcome =>
  runSurveyAnalysis({
    definition: definitionUsed,
    responses,
    options: { bootstrapB: 200 },
  }).leavers.outcomes.find((o) => o.outcome.id === "cbi_personal")!;

/** The model's contrast, TOST and curve ends against R's numbers (see leaver-spline-model.R's report()). */
function expectAsR(outcome: LeaverOutcome, r: { contrast: number[]; tost: number[]; curve: number[][] }) {
  const { model, equivalence } = outcome;
  const c = model!.contrast;
  [c.estimate, c.se, c.p, ...c.ci95].forEach((v, i) =>
    expectRelativelyClose(v, r.contrast[i]!, i === 2 ? P : EST),
  );
  expect([c.fromYears, c.toYears]).toEqual([1, 4]);
  expectRelativelyClose(equivalence!.pLower, r.tost[0]!, P, "TOST pLower");
  expectRelativelyClose(equivalence!.pUpper, r.tost[1]!, P, "TOST pUpper");
  expectRelativelyClose(equivalence!.ci90[0], r.tost[2]!, EST, "90 % CI lower");
  expectRelativelyClose(equivalence!.ci90[1], r.tost[3]!, EST, "90 % CI upper");
  const ends = [model!.curve[0]!, model!.curve.at(-1)!];
  ends.forEach((p, i) =>
    [p.x, p.fit, p.lo, p.hi].forEach((v, j) =>
      expectRelativelyClose(v, r.curve[i]![j]!, EST, `curve ${i}.${j}`),
    ),
  );
}

describe("the leavers' model against R on an exported sample", () => {
  it("analyses exactly the exported rows", () => {
    const table = buildAnalysisTable(definition, responses, resolveRoles(definition, SURVEY_ROLES));
    const [y, d, t] = ["cbi_personal", "left_years_ago", "years_support"].map((id) => table.columns.get(id)!);
    const rows = ["cbi_personal,left_years_ago,years_support"];
    for (let i = 0; i < y!.length; i++)
      if (table.leaver[i] === 1 && [y![i], d![i], t![i]].every(Number.isFinite))
        rows.push(`${y![i]},${d![i]},${t![i]}`);
    expect(rows.join("\n") + "\n").toBe(readFileSync(FIXTURE, "utf8"));
  });

  it("fits the plan's restricted cubic spline as lm(y ~ rcs(years since leaving, 3) + years in support)", () => {
    const outcome = personal();
    // knots <- quantile(d$left_years_ago, c(.1, .5, .9), type = 7)   (n = 129 ≥ 100: Harrell's default)
    expect(outcome.model!.knots).toEqual([0.5, 2, 6.5]);
    expect(outcome.model!.n).toBe(129);
    // summary(fit)$r.squared; coef and SE of years_support
    expectRelativelyClose(outcome.model!.r2, 0.122118731906579, EST, "R²");
    expectRelativelyClose(outcome.model!.yearsInSupport.estimate, 1.17892288055403, EST, "years in support");
    expectRelativelyClose(outcome.model!.yearsInSupport.se, 0.315440978344857, EST, "its SE");
    // cv <- c(0, basis(4) − basis(1), 0): sum(cv * b), sqrt(cv' V cv), 2 pt(−|t|, 125), est ± qt(.975, 125) se;
    // TOST ±10: pt((est + 10)/se, df, lower = FALSE), pt((est − 10)/se, df), est ± qt(.95, df) se;
    // curve at the 10th smallest and 10th largest years since leaving, at mean(years_support), 95 % CI
    expectAsR(outcome, {
      contrast: [-6.13957185878296, 3.95198898960902, 0.12282250920839, -13.9610485482955, 1.68190483072958],
      tost: [0.165269582603942, 3.92549661328212e-5, -12.6885518373361, 0.409408119770181],
      curve: [
        [0.5, 42.6426973523084, 36.0172285529175, 49.2681661516993],
        [7.5, 36.2677233990364, 29.5939234894014, 42.9415233086714],
      ],
    });
    expect(outcome.conclusion).toBe("inconclusive");
  });

  it("fits the plan's other rule, ln(1 + years since leaving), as lm(y ~ log1p(years) + years in support)", () => {
    const input = structuredClone(defaultInput) as unknown as {
      analysisPlan: { leavers: Record<string, unknown> };
    };
    input.analysisPlan.leavers.yearsSinceLeaving = { kind: "log1p" };
    const outcome = personal(instrumentDefinitionSchema.parse(input));
    expect([outcome.model!.terms, outcome.model!.knots]).toEqual(["log1p", null]);
    expectAsR(outcome, {
      contrast: [-2.85523410949192, 2.79052784355316, 0.308179489177829, -8.37760667591989, 2.66713845693605],
      tost: [0.0058182740162144, 4.93478201144986e-6, -7.47924194553429, 1.76877372655045],
      curve: [
        [0.5, 40.5773502897352, 34.8557026334774, 46.2989979459931],
        [7.5, 35.1721967424821, 28.4146386948859, 41.9297547900782],
      ],
    });
  });
});
