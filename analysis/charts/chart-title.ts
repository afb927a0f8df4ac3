import { CHART_TYPE, CHART_WIDTHS, type ChartLayout } from "./chart-config";
import { wrapText } from "./wrap-text";

/**
 * The vega-lite title block of a house chart: the title and each subtitle paragraph wrapped to the layout's
 * width, in its type sizes (16 px bold title; 12 px subtitle when wide, 13 px when narrow; {@link CHART_TYPE}).
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
  layout: ChartLayout = "wide",
): { text: string[]; subtitle: string[] } {
  const width = CHART_WIDTHS[layout] - 24;
  const type = CHART_TYPE[layout];
  return {
    text: wrapText(title, width, type.title, true),
    subtitle: subtitle.flatMap((p) => wrapText(p, width, type.subtitle)),
  };
}
