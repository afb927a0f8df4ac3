import { describe, expect, it } from "vitest";
import { buildCharts } from "../../../../analysis/survey/build-charts";
import { runSurveyAnalysis } from "../../../../analysis/survey/run-survey-analysis";
import type { SurveyResponseInput } from "../../../../analysis/survey/survey-options";
import { loadDefaultInstrument } from "../../../../instrument/default-instrument";
import { numbersIn, panelResponses, suppressedCells } from "./panel-responses";

const definition = loadDefaultInstrument();
const K = 10;

/** Published cells (suppressed: false) with a count below k, anywhere in the results. */
function smallShownCells(value: unknown, path = "results"): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => smallShownCells(v, `${path}[${i}]`));
  if (!value || typeof value !== "object") return [];
  const record = value as Record<string, unknown>;
  const own = record.suppressed === false && typeof record.n === "number" && record.n < K ? [path] : [];
  return [...own, ...Object.entries(record).flatMap(([key, v]) => smallShownCells(v, `${path}.${key}`))];
}

/** Tenure set so that exactly 5 current practitioners have more than 20 years. */
function withFewVeterans(): SurveyResponseInput[] {
  let veterans = 0;
  return panelResponses(400, 11).map((response, i) => {
    const stayer = response.answers.role !== 5;
    const years = stayer && veterans < 5 ? (veterans++, 25) : [1, 3, 7, 12][i % 4]!;
    return { ...response, answers: { ...response.answers, years_support: years } };
  });
}

describe("the small-cell rule in runSurveyAnalysis", () => {
  it("publishes a tenure band with fewer than k respondents as null, and one more so it cannot be recovered", () => {
    const results = runSurveyAnalysis({
      definition,
      responses: withFewVeterans(),
      options: { minCellSize: K, bootstrapB: 200 },
    });
    for (const trajectory of results.harmTrajectory) {
      const bands = trajectory.overall.bands;
      const top = bands[4]!;
      expect(top).toMatchObject({ band: "more than 20 years", x: null });
      expect(top.estimate).toEqual({
        suppressed: true,
        n: null,
        mean: null,
        sd: null,
        ci95: null,
        lowPrecision: null,
        hidden: "primary",
      });
      // complementary suppression: the band total is published, so a second band is hidden too, and says why
      const hidden = bands.filter((b) => b.estimate.suppressed);
      expect(hidden.map((b) => b.estimate.suppressed && b.estimate.hidden)).toEqual([
        "complementary",
        "primary",
      ]);
      for (const group of trajectory.bySupport)
        expect(group.fit?.bands[4]!.estimate.suppressed ?? true).toBe(true);
    }
    const capacityTop = results.capacity.bands[4]!;
    expect(capacityTop).toMatchObject({ n: null, then: { suppressed: true }, now: { suppressed: true } });
    expect(smallShownCells(results)).toEqual([]);
    for (const { path, cell } of suppressedCells(results)) {
      const leaked = numbersIn(cell, path).filter((entry) => !entry.path.endsWith(".of"));
      expect(leaked).toEqual([]);
    }
  });

  it("tells the charts which hidden cells are small and which protect a small cell elsewhere", () => {
    const results = runSurveyAnalysis({
      definition,
      responses: withFewVeterans(),
      options: { minCellSize: K, bootstrapB: 200 },
    });
    const harm = buildCharts(results).charts.find((c) => c.id === "harm-trajectory")!;
    const hidden = harm.table.rows.filter((r) => r.n === null);
    const primary = hidden.filter((r) => r.note === "fewer than 10");
    const complementary = hidden.filter(
      (r) =>
        r.note === "hidden so that a group of fewer than 10 elsewhere cannot be worked out from the totals",
    );
    // every level's 20+ band is small (5 veterans in all); the cells protecting them are not
    expect(primary.map((r) => r.band)).toEqual(Array(3).fill("more than 20 years"));
    expect(complementary.length).toBeGreaterThan(0);
    expect(primary.length + complementary.length).toBe(hidden.length);
    const sentence =
      `Not shown: ${primary.length} cells with fewer than 10 respondents, and ${complementary.length} ` +
      `cell${complementary.length === 1 ? "" : "s"} (not small ${complementary.length === 1 ? "itself" : "themselves"}) ` +
      "hidden so that a small group elsewhere cannot be worked out from the totals.";
    expect(harm.table.note).toBe(sentence);
    expect(harm.altText).toContain(sentence);
    const subtitle = (harm.spec.title as { subtitle: string[] }).subtitle.join(" ");
    expect(subtitle).toContain(sentence);
  });

  it("says which support level is hidden and why when low and high cannot be compared", () => {
    // support levels of this panel: low 34, middle 31, high 30 (current practitioners with the first outcomes)
    const results = runSurveyAnalysis({
      definition,
      responses: panelResponses(120, 12),
      options: { minCellSize: 31, bootstrapB: 100 },
    });
    const first = results.supportGroups.comparisons[0]!;
    expect(first.groups.map((g) => (g.estimate.suppressed ? g.estimate.hidden : "shown"))).toEqual([
      "shown",
      "complementary",
      "primary",
    ]);
    expect(first.note).toBe("high support has fewer than 31 respondents");
  });

  it("hides a small group of leavers everywhere, with the stayers' count that would give it away", () => {
    let leavers = 0;
    const responses = panelResponses(120, 12).map((response) => {
      if (response.answers.role !== 5) return response;
      return ++leavers <= 4 ? response : { ...response, answers: { ...response.answers, role: 1 } };
    });
    const results = runSurveyAnalysis({
      definition,
      responses,
      options: { minCellSize: K, bootstrapB: 200 },
    });
    expect(results.sample).toMatchObject({ analysed: 120, stayers: null, leavers: null });
    expect(results.leavers.n).toBeNull();
    for (const outcome of results.leavers.outcomes) {
      expect(outcome.leavers.suppressed).toBe(true);
      expect(outcome.byYearsSinceLeaving.every((b) => b.estimate.suppressed)).toBe(true);
      expect(outcome.model).toBeNull();
      expect(outcome.conclusion).toBe("not estimated");
    }
    const role = results.descriptives.proportions.find((p) => p.variable === "role")!;
    expect(role.categories.find((c) => c.code === 5)!.estimate).toMatchObject({ suppressed: true, n: null });
    expect(smallShownCells(results)).toEqual([]);
    // the charts draw only what the results published
    const leaverChart = buildCharts(results).charts.find((c) => c.id === "leavers-versus-stayers");
    expect(leaverChart?.table.rows.every((row) => row.n === null) ?? true).toBe(true);
  });

  it("hides a rare answer option and one more in the same question", () => {
    const responses = panelResponses(200, 13);
    const results = runSurveyAnalysis({
      definition,
      responses,
      options: { minCellSize: 30, bootstrapB: 200 },
    });
    const region = results.descriptives.proportions.find((p) => p.variable === "region")!;
    const hidden = region.categories.filter((c) => c.estimate.suppressed);
    const counts = responses.map((r) => r.answers.region);
    for (const c of region.categories) {
      const n = counts.filter((v) => v === c.code).length;
      if (n < 30) expect(c.estimate.suppressed).toBe(true);
    }
    expect(hidden.length === 0 || hidden.length >= 2).toBe(true);
  });
});
