import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  capacityThenNowChart,
  erosionBySupportChart,
  harmTrajectoryChart,
  leaversVersusStayersChart,
  type ChartOutput,
} from "../../../../analysis/charts/index";
import { responsesByDayChart } from "../../../../analysis/charts/responses-by-day-chart";
import { buildCharts } from "../../../../analysis/survey/build-charts";
import { runSurveyAnalysis } from "../../../../analysis/survey/run-survey-analysis";
import { loadDefaultInstrument } from "../../../../instrument/default-instrument";
import { panelResponses } from "../survey/panel-responses";
import { capacityInput, erosionInput, harmInput, leaversInput } from "./chart-fixtures";

// What readers get from every chart — the alt text, the "show data" table and (as a SHA-256 of its JSON) the
// vega-lite spec — for the demo panel (the 800 synthetic respondents of seed 1 from the generator's default `demo` scenario,
// analysed with the default settings), a small panel under a strict small-cell rule, and hand-made inputs that reach
// each builder's suppression and low-precision paths. Any change to a chart's output shows up here; a wanted
// change is accepted with `npx vitest run -u test/unit/analysis/charts/chart-outputs.test.ts`.

// The fixture is a .snap file so that Prettier, which would reflow it, leaves it alone.
const FIXTURE = "./fixtures/chart-outputs.snap";

/** JSON with every flat object (a table row or column) on one line, so the fixture reads as tables. */
const readable = (value: unknown) =>
  `${JSON.stringify(value, null, 2).replace(/\{\n\s*([^{}[\]]*?)\n\s*\}/g, (_, body: string) => `{ ${body.split(/,\n\s*/).join(", ")} }`)}\n`;

const summary = (chart: ChartOutput) => ({
  title: chart.title,
  altText: chart.altText,
  table: chart.table,
  specSha256: createHash("sha256").update(JSON.stringify(chart.spec)).digest("hex"),
  ...(chart.narrowSpec
    ? { narrowSpecSha256: createHash("sha256").update(JSON.stringify(chart.narrowSpec)).digest("hex") }
    : {}),
});

function panelCharts(n: number, seed: number, options: Parameters<typeof runSurveyAnalysis>[0]["options"]) {
  const results = runSurveyAnalysis({
    definition: loadDefaultInstrument(),
    responses: panelResponses(n, seed),
    options,
  });
  const { charts, notes } = buildCharts(results);
  return { notes, charts: charts.map(summary) };
}

function handMadeCharts() {
  const k = { minCellSize: 10 };
  const strict = { minCellSize: 10, lowPrecisionBelow: 50 };
  const { change: _, ...noChange } = capacityInput().bands[0]!;
  return [
    harmTrajectoryChart(harmInput(), k),
    harmTrajectoryChart(harmInput({ middle: [55, 66, 61, 40, 8] }), k),
    harmTrajectoryChart(harmInput({ high: [3, 4, 2, 5, 1] }), strict),
    harmTrajectoryChart(
      { ...harmInput({ low: [3, 2, 1, 1, 1], middle: [2, 2, 2, 2, 1], high: [1, 1, 1, 1, 1] }) },
      k,
    ),
    erosionBySupportChart(erosionInput(), k),
    erosionBySupportChart(erosionInput({ high: 24 }), k),
    erosionBySupportChart(erosionInput({ high: 7 }), k),
    capacityThenNowChart(capacityInput(), k),
    capacityThenNowChart(capacityInput([88, 102, 91, 64, 6]), strict),
    capacityThenNowChart({ bands: [noChange], title: "Without change" }, k),
    capacityThenNowChart(capacityInput([3, 4, 5, 6, 7]), k),
    leaversVersusStayersChart(leaversInput(), k),
    leaversVersusStayersChart(leaversInput([34, 41, 4]), k),
    leaversVersusStayersChart(leaversInput(undefined, 6), k),
    leaversVersusStayersChart(
      {
        ...leaversInput(),
        leavers: { n: 104, mean: 56.1, ci95: [52.0, 60.2] },
        note: "TOST ±5 points: p = .003",
      },
      strict,
    ),
    leaversVersusStayersChart(leaversInput([2, 3, 4], 5), k),
    responsesByDayChart([
      { day: "2026-11-20", complete: 3, synthetic: 0 },
      { day: "2026-11-21", complete: 9, synthetic: 4 },
    ]),
  ].map(summary);
}

describe("chart outputs", () => {
  it("stay byte-identical for the demo panel, a strict small-cell rule and hand-made edge cases", async () => {
    const outputs = {
      demoPanel: panelCharts(800, 1, {}),
      smallPanelK40: panelCharts(150, 2, { bootstrapB: 200, minCellSize: 40 }),
      handMade: handMadeCharts(),
    };
    expect(existsSync(fileURLToPath(new URL(FIXTURE, import.meta.url)))).toBe(true);
    await expect(readable(outputs)).toMatchFileSnapshot(FIXTURE);
  });
});
