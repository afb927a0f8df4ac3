import { CHART_WIDTH, chartConfig } from "./chart-config";
import { chartTitle } from "./chart-title";

/**
 * The top of every house chart's layered spec, in the order the specs carry it: schema, description (the alt
 * text), the wrapped title and subtitle, width, height, fit-to-width sizing and the house config. A builder
 * spreads it first and adds its data, encoding and layers.
 *
 * Cost: that of {@link chartTitle}.
 */
export function chartFrame(
  text: { title: string; subtitle: readonly string[]; altText: string },
  height: number,
) {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    description: text.altText,
    title: chartTitle(text.title, text.subtitle),
    width: CHART_WIDTH,
    height,
    autosize: { type: "fit-x" as const, contains: "padding" as const },
    config: chartConfig(),
  };
}
