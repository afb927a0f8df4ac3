import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ChartOutput } from "../analysis/charts";
import { chartTableCsv, type SurveyResults } from "../analysis/survey";
import { chartFontFiles, renderChartPng, renderChartSvg } from "../analysis/render";

/**
 * Writes the analysis outputs into a folder (created if needed): results.json, and per chart `<id>.vl.json` (the
 * vega-lite spec), `<id>.svg` (rendered on the server, with its alt text), `<id>.png` (2×, bundled fonts) and
 * `<id>.csv` (the chart's data table).
 *
 * @returns the paths written, relative to the folder
 */
export async function writeOutputs(
  folder: string,
  results: SurveyResults,
  charts: ChartOutput[],
  onChart?: (index: number) => void,
): Promise<string[]> {
  mkdirSync(folder, { recursive: true });
  const written: string[] = [];
  const write = (name: string, content: string | Buffer) => {
    writeFileSync(path.join(folder, name), content);
    written.push(name);
  };
  write("results.json", JSON.stringify(results, null, 2) + "\n");
  const fontFiles = chartFontFiles();
  for (const [index, chart] of charts.entries()) {
    onChart?.(index);
    const svg = await renderChartSvg(chart.spec, { altText: chart.altText });
    write(`${chart.id}.vl.json`, JSON.stringify(chart.spec, null, 2) + "\n");
    write(`${chart.id}.svg`, svg);
    write(`${chart.id}.png`, renderChartPng(svg, { fontFiles }));
    write(`${chart.id}.csv`, chartTableCsv(chart.table));
  }
  return written;
}
