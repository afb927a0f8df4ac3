import type { Config } from "vega-lite";

/** The chart font. Server-side PNGs embed the bundled DejaVu Sans ({@link chartFontFiles}); browsers fall back. */
export const CHART_FONT = "DejaVu Sans";
/** Overall width of every chart in px (the whole SVG, legends and titles included). */
export const CHART_WIDTH = 600;
/**
 * The two layouts of a house chart (decision 036): "wide", 600 px for screens and print, and "narrow", 320 px
 * with larger type for phones, so that no text is under 11 CSS px down to a 320-px screen (its SVG is then
 * drawn about 288 px wide: 13 px type × 288/320 ≈ 11.7 px).
 */
export type ChartLayout = "wide" | "narrow";
/** Overall width of a chart in each layout. */
export const CHART_WIDTHS: Record<ChartLayout, number> = { wide: CHART_WIDTH, narrow: 320 };
/** Type sizes in px of each layout: title, subtitle, axis and legend labels, value labels, n labels. */
export const CHART_TYPE: Record<
  ChartLayout,
  { title: number; subtitle: number; label: number; value: number; point: number }
> = {
  wide: { title: 16, subtitle: 12, label: 12, value: 12, point: 11 },
  narrow: { title: 16, subtitle: 13, label: 13, value: 13, point: 13 },
};
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
 * match), the layout's type sizes ({@link CHART_TYPE}: 12 px labels for the 600 px figure, 13 px for the 320 px
 * one), left-aligned title and subtitle, light grid, no frame, legends on top (below, in two columns, when
 * narrow, with at most 5 ticks on a quantitative axis), and no label truncation (server-side text widths are
 * estimates). Text marks take their size from the styles "value-label" and "point-label".
 *
 * No ARIA on marks, axes, legends (`aria: false`): the chart is one image whose accessible name is its alt text
 * (`renderChartSvg` sets it on the root `<svg role="img">`); vega's per-mark roles would otherwise need names
 * of their own (axe: svg-img-alt).
 *
 * Cost: O(1).
 *
 * @returns a fresh vega-lite `Config` object
 * @example
 * const spec = { ...layers, config: chartConfig("narrow") };
 */
export function chartConfig(layout: ChartLayout = "wide"): Config {
  const type = CHART_TYPE[layout];
  const narrow = layout === "narrow";
  return {
    font: CHART_FONT,
    background: "white",
    padding: narrow ? { left: 4, right: 8, top: 4, bottom: 4 } : { left: 8, right: 16, top: 8, bottom: 8 },
    view: { stroke: null },
    aria: false,
    mark: { aria: false },
    style: { "value-label": { fontSize: type.value }, "point-label": { fontSize: type.point } },
    title: {
      anchor: "start",
      fontSize: type.title,
      fontWeight: "bold",
      color: INK.text,
      subtitleFontSize: type.subtitle,
      subtitleColor: INK.muted,
      subtitlePadding: 6,
      offset: 12,
    },
    axis: {
      aria: false,
      labelFontSize: type.label,
      titleFontSize: type.label,
      titleFontWeight: "normal",
      labelColor: INK.text,
      titleColor: INK.text,
      gridColor: INK.grid,
      domainColor: INK.axis,
      tickColor: INK.axis,
      labelLimit: 0,
      titlePadding: 8,
    },
    ...(narrow ? { axisQuantitative: { tickCount: 5 } } : {}),
    legend: {
      aria: false,
      orient: narrow ? "bottom" : "top",
      direction: "horizontal",
      ...(narrow ? { columns: 2 } : {}),
      labelFontSize: type.label,
      titleFontSize: type.label,
      titleFontWeight: "normal",
      labelColor: INK.text,
      titleColor: INK.text,
      labelLimit: 0,
      symbolStrokeWidth: 2,
    },
  };
}
