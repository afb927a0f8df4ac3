import { CHART_WIDTHS, chartConfig, type ChartLayout } from "./chart-config";
import { chartTitle } from "./chart-title";

/**
 * The top of every house chart's layered spec, in the order the specs carry it: schema, description (the alt
 * text), the wrapped title and subtitle, width, height, fit-to-width sizing and the house config, all for the
 * given layout (decision 036). `height` is the plot's height in that layout. A builder spreads it first and adds
 * its data, encoding and layers.
 *
 * Cost: that of {@link chartTitle}.
 */
export function chartFrame(
  text: { title: string; subtitle: readonly string[]; altText: string },
  height: number,
  layout: ChartLayout = "wide",
) {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    description: text.altText,
    title: chartTitle(text.title, text.subtitle, layout),
    width: CHART_WIDTHS[layout],
    height,
    autosize: { type: "fit-x" as const, contains: "padding" as const },
    config: chartConfig(layout),
  };
}
