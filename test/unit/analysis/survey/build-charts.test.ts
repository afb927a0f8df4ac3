import { describe, expect, it } from "vitest";
import { buildCharts } from "../../../../analysis/survey/build-charts";
import { runSurveyAnalysis } from "../../../../analysis/survey/run-survey-analysis";
import { loadDefaultInstrument } from "../../../../instrument/default-instrument";
import { panelResponses } from "./panel-responses";

describe("buildCharts", () => {
  const definition = loadDefaultInstrument();
  const results = runSurveyAnalysis({
    definition,
    responses: panelResponses(800, 1),
    options: { bootstrapB: 300 },
  });

  it("builds the four charts of issue 4 from the results, with alt text and data tables", () => {
    const { charts, notes } = buildCharts(results);
    expect(notes).toEqual([]);
    expect(charts.map((c) => c.id)).toEqual([
      "harm-trajectory",
      "erosion-by-support",
      "capacity-then-now",
      "leavers-versus-stayers",
    ]);
    const comparison = results.supportGroups.comparisons.find((c) => c.outcome.id === "cbi_client")!;
    const byLevel = charts[1]!.table.rows.map((row) => row.n);
    expect(byLevel).toEqual(comparison.groups.map((g) => g.estimate.n));
    expect(charts[1]!.altText).toContain(`n = ${comparison.groups[0]!.estimate.n}`);
    expect(JSON.stringify(charts[3]!.spec)).toContain("verdict: ");
    for (const chart of charts) expect(chart.table.rows.length).toBeGreaterThan(0);
  });

  it("draws nothing the results withheld", () => {
    const strict = runSurveyAnalysis({
      definition,
      responses: panelResponses(150, 2),
      options: { bootstrapB: 200, minCellSize: 40 },
    });
    const { charts } = buildCharts(strict);
    const harm = charts.find((c) => c.id === "harm-trajectory");
    const shown = new Set(
      strict.harmTrajectory
        .find((t) => t.outcome.id === "cbi_client")!
        .bySupport.flatMap(
          (g) => g.fit?.bands.flatMap((b) => (b.estimate.suppressed ? [] : [b.estimate.n])) ?? [],
        ),
    );
    for (const row of harm?.table.rows ?? [])
      if (row.n !== null) expect(shown.has(row.n as number)).toBe(true);
    const capacity = charts.find((c) => c.id === "capacity-then-now")!;
    const published = strict.capacity.bands.map((b) => b.n);
    capacity.table.rows.forEach((row, i) => expect(row.n ?? null).toBe(published[i]));
  });
});
