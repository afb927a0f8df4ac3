import { CHART_TYPE, type ChartLayout } from "./chart-config";
import { wrapText } from "./wrap-text";

/** How wide a narrow chart's axis title may run: about its plot's width. */
const NARROW_AXIS_TITLE_WIDTH = 190;

/**
 * An axis title for the layout: as given when wide; when narrow, broken into lines that fit the plot of a
 * 320-px chart (vega does not wrap axis titles, and a long one would run off the image).
 *
 * Cost: O(w²) text measurements for w words.
 *
 * @example
 * axisTitle("Mean work-related burnout (score 0–100)", "narrow"); // ["Mean work-related", "burnout (score 0–100)"]
 */
export function axisTitle(title: string, layout: ChartLayout): string | string[] {
  if (layout === "wide") return title;
  const lines = wrapText(title, NARROW_AXIS_TITLE_WIDTH, CHART_TYPE.narrow.label);
  return lines.length === 1 ? title : lines;
}
