import { CHART_WIDTH } from "./chart-config";
import { wrapText } from "./wrap-text";

/**
 * The vega-lite title block of a house chart: the title and each subtitle paragraph wrapped to the chart's
 * width (16 px bold title, 12 px subtitle, as in {@link chartConfig}).
 *
 * Cost: O(total words²) text measurements.
 *
 * @example
 * chartTitle("Erosion by support", ["Means with 95% CI.", "Cross-sectional."]);
 * // { text: ["Erosion by support"], subtitle: ["Means with 95% CI.", "Cross-sectional."] }
 */
export function chartTitle(
  title: string,
  subtitle: readonly string[],
): { text: string[]; subtitle: string[] } {
  const width = CHART_WIDTH - 24;
  return {
    text: wrapText(title, width, 16, true),
    subtitle: subtitle.flatMap((p) => wrapText(p, width, 12)),
  };
}
