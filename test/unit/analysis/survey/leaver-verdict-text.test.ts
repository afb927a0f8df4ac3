import { describe, expect, it } from "vitest";
import type { ChartOutput } from "../../../../analysis/charts/chart-types";
import { buildCharts } from "../../../../analysis/survey/build-charts";
import { chartTableCsv } from "../../../../analysis/survey/chart-table-csv";
import type { SurveyResults } from "../../../../analysis/survey/results-types";
import { runSurveyAnalysis } from "../../../../analysis/survey/run-survey-analysis";
import { summaryTable } from "../../../../analysis/survey/summary-table";
import { generateSyntheticPanel, type ScenarioName } from "../../../../analysis/synthetic-panel";
import { findingTablesFromResults } from "../../../../app/findings/finding-tables";
import { loadDefaultInstrument } from "../../../../instrument/default-instrument";
import { instrumentDefinitionSchema } from "../../../../instrument/definition-schema";
import defaultInput from "../../../../instrument/definitions/support-work-and-erosion.json" with { type: "json" };
import { bareVerdicts } from "../../../support/bare-verdicts";

const definition = loadDefaultInstrument();
const { analysisPlan: _, ...withoutPlan } = structuredClone(defaultInput);
const legacy = instrumentDefinitionSchema.parse(withoutPlan);

function analyse(
  scenario: ScenarioName,
  n: number,
  options: { minCellSize?: number; legacy?: boolean } = {},
) {
  const used = options.legacy ? legacy : definition;
  const responses = generateSyntheticPanel(used, { n, seed: 3, scenario }).map((r, i) => ({
    id: `r${i}`,
    answers: r.answers,
    durationSeconds: r.durationSeconds,
  }));
  return runSurveyAnalysis({
    definition: used,
    responses,
    options: { bootstrapB: 200, minCellSize: options.minCellSize ?? 10 },
  });
}

/** Every text the analysis, the charts and the finding's tables produce for the leavers. */
function leaverTexts(results: SurveyResults): string[] {
  const charts = buildCharts(results).charts.filter((c: ChartOutput) => c.id.startsWith("leavers-"));
  const table = findingTablesFromResults(results).find((t) => t.id === "leavers")!;
  return [
    ...results.leavers.outcomes.flatMap((o) => [o.statement, o.verdict]),
    ...results.summary.filter((line) => /left support|leaving/.test(line)),
    results.settings.leaverPlan.description,
    ...summaryTable(results)
      .split("\n")
      .filter((line) => line.startsWith("Leavers")),
    ...charts.flatMap((c) => [
      c.title,
      c.altText,
      c.table.note ?? "",
      JSON.stringify((c.spec as { title?: unknown }).title),
      chartTableCsv(c.table),
    ]),
    table.title,
    table.note ?? "",
    ...table.rows.map((row) => String(row.verdict)),
  ];
}

describe("every leaver text names the bound of its verdict and compares people", () => {
  const runs = {
    "demo panel": analyse("demo", 800),
    "recovery (different)": analyse("recovery", 800),
    "null (equivalent or inconclusive)": analyse("null", 800),
    "too few leavers (not estimated)": analyse("demo", 300, { minCellSize: 40 }),
    "a definition without an analysis plan (default bound)": analyse("demo", 800, { legacy: true }),
  };

  it.each(Object.entries(runs))("%s", (_, results) => {
    const texts = leaverTexts(results);
    expect(texts.join(" ").length).toBeGreaterThan(2000);
    expect(texts.flatMap((text) => bareVerdicts(text))).toEqual([]);
  });

  it("reaches each verdict across the runs, so the check saw every wording", () => {
    const conclusions = new Set(
      Object.values(runs).flatMap((r) => r.leavers.outcomes.map((o) => o.conclusion)),
    );
    expect([...conclusions].sort()).toEqual(["different", "equivalent", "inconclusive", "not estimated"]);
  });

  it("uses the default bound, and says so, for a definition without a plan", () => {
    const results = runs["a definition without an analysis plan (default bound)"];
    expect(results.settings.leaverPlan.source).toBe("default");
    expect(results.leavers.outcomes.map((o) => o.bound)).toEqual([10, 10]);
    expect(findingTablesFromResults(results).find((t) => t.id === "leavers")!.note).toContain(
      "this definition version has no analysis plan",
    );
  });

  it("fails on a bare verdict, the old caption, or within-person wording", () => {
    expect(bareVerdicts("Verdict: equivalent.")).toEqual(["Verdict: equivalent."]);
    expect(
      bareVerdicts("equivalence within ±10: corrected p = .002; verdict: no recovery (equivalent)."),
    ).toHaveLength(1);
    expect(bareVerdicts("The difference is inconclusive. Nothing else.")).toEqual([
      "The difference is inconclusive.",
    ]);
    expect(bareVerdicts("Burnout recovers after leaving (±10 points).")).toHaveLength(1);
    expect(bareVerdicts("inconclusive at ±12.5 points")).toEqual([]);
  });
});
