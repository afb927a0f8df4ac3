import type { Config } from "vega-lite";

/** The chart font. Server-side PNGs embed the bundled DejaVu Sans ({@link chartFontFiles}); browsers fall back. */
export const CHART_FONT = "DejaVu Sans";
/** Overall width of every chart in px (the whole SVG, legends and titles included). */
export const CHART_WIDTH = 600;
/** Okabe & Ito (2008) colour-blind-safe palette, the members dark enough for lines on white. */
export const OKABE_ITO = {
  vermillion: "#D55E00",
  blue: "#0072B2",
  bluishGreen: "#009E73",
  orange: "#E69F00",
  reddishPurple: "#CC79A7",
  skyBlue: "#56B4E9",
  black: "#000000",
} as const;
/** Ink for text, axes and neutral marks. */
export const INK = { text: "#1a1a1a", muted: "#4d4d4d", grid: "#e5e5e5", axis: "#595959" } as const;

/**
 * The shared vega-lite config of the house charts: DejaVu Sans everywhere (so server-rendered SVG and PNG text
 * match), 12 px labels for a 600 px figure, left-aligned title and subtitle, light grid, no frame, legends on
 * top, and no label truncation (server-side text widths are estimates).
 *
 * Cost: O(1).
 *
 * @returns a fresh vega-lite `Config` object
 * @example
 * const spec = { ...layers, config: chartConfig() };
 */
export function chartConfig(): Config {
  return {
    font: CHART_FONT,
    background: "white",
    padding: { left: 8, right: 16, top: 8, bottom: 8 },
    view: { stroke: null },
    title: {
      anchor: "start",
      fontSize: 16,
      fontWeight: "bold",
      color: INK.text,
      subtitleFontSize: 12,
      subtitleColor: INK.muted,
      subtitlePadding: 6,
      offset: 12,
    },
    axis: {
      labelFontSize: 12,
      titleFontSize: 12,
      titleFontWeight: "normal",
      labelColor: INK.text,
      titleColor: INK.text,
      gridColor: INK.grid,
      domainColor: INK.axis,
      tickColor: INK.axis,
      labelLimit: 0,
      titlePadding: 8,
    },
    legend: {
      orient: "top",
      direction: "horizontal",
      labelFontSize: 12,
      titleFontSize: 12,
      titleFontWeight: "normal",
      labelColor: INK.text,
      titleColor: INK.text,
      labelLimit: 0,
      symbolStrokeWidth: 2,
    },
  };
}
