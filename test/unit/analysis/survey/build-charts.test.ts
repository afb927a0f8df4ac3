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

  it("builds the charts of issue 4 from the results, one per leaver outcome, with alt text and data tables", () => {
    const { charts, notes } = buildCharts(results);
    expect(notes).toEqual([]);
    expect(charts.map((c) => c.id)).toEqual([
      "harm-trajectory",
      "erosion-by-support",
      "capacity-then-now",
      "leavers-versus-stayers",
      "leavers-versus-stayers-left-drain-now",
    ]);
    const comparison = results.supportGroups.comparisons.find((c) => c.outcome.id === "cbi_client")!;
    const byLevel = charts[1]!.table.rows.map((row) => row.n);
    expect(byLevel).toEqual(comparison.groups.map((g) => g.estimate.n));
    expect(charts[1]!.altText).toContain(`n = ${comparison.groups[0]!.estimate.n}`);
    for (const chart of charts) expect(chart.table.rows.length).toBeGreaterThan(0);
  });

  it("charts both leaver outcomes with the fitted curve and its band, and the verdict with its bound", () => {
    const { charts } = buildCharts(results);
    results.leavers.outcomes.forEach((leaver, i) => {
      const chart = charts[3 + i]!;
      const { curve } = (chart.spec as unknown as { datasets: { curve: unknown[] } }).datasets;
      expect(curve).toEqual(leaver.model!.curve);
      expect(JSON.stringify(chart.spec)).toContain(`verdict: ${leaver.verdict}.`);
      expect(chart.altText).toContain(`verdict: ${leaver.verdict}.`);
      expect(chart.table.note).toContain(`verdict: ${leaver.verdict}.`);
      const fitted = chart.table.rows.filter((row) => row.note === "model prediction");
      expect(fitted.length).toBeGreaterThan(5);
      expect(fitted[0]!.mean).toBe(leaver.model!.curve[0]!.fit);
    });
    // the drain item is asked only of leavers: no stayers' band, and the chart says why
    const drain = JSON.stringify(charts[4]!.spec);
    expect(drain).toContain("People still in support were not asked this question.");
    expect((charts[4]!.spec as unknown as { datasets: { stayers: unknown[] } }).datasets.stayers).toEqual([]);
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
