import type { TopLevelSpec } from "vega-lite";
import type { ChartOutput } from "../../analysis/charts";
import { renderChartSvg } from "../../analysis/render";
import type { FindingSnapshotInput, NarrowChart } from "./finding-snapshot";

/** A chart's phone layout as the snapshot keeps it: spec, SVG and the SVG's size (decision 036). */
async function renderedNarrowChart(spec: TopLevelSpec): Promise<NarrowChart> {
  const svg = await renderChartSvg(spec);
  const size = (name: string) => Number(new RegExp(`^<svg[^>]*\\s${name}="([\\d.]+)"`).exec(svg)?.[1]);
  return {
    spec: JSON.parse(JSON.stringify(spec)) as NarrowChart["spec"],
    svg,
    width: size("width"),
    height: size("height"),
  };
}

/** A chart as a finding's snapshot freezes it: its spec as plain JSON, rendered wide and narrow, and its table. */
export async function snapshotChart(chart: ChartOutput): Promise<FindingSnapshotInput["charts"][number]> {
  return {
    id: chart.id,
    title: chart.title,
    altText: chart.altText,
    spec: JSON.parse(JSON.stringify(chart.spec)) as Record<string, unknown>,
    svg: await renderChartSvg(chart.spec),
    ...(chart.narrowSpec ? { narrow: await renderedNarrowChart(chart.narrowSpec) } : {}),
    table: { id: chart.id, title: chart.title, ...chart.table },
  };
}
