import { axisTitle } from "../charts/axis-title";
import { type ChartLayout, INK } from "../charts/chart-config";
import { chartFrame } from "../charts/chart-frame";
import { formatEstimate } from "../charts/format-estimate";
import { inSentence } from "../charts/in-sentence";
import { precisionPointLayers } from "../charts/precision-point-layers";
import { supportLegendEncoding } from "../charts/support-legend-encoding";
import { supportLevelStyle, type SupportLevel } from "../charts/support-level-style";
import type { LayerEncoding, LayeredSpec, UnitLayer } from "../charts/vega-lite-types";

/** A shown level as the chart draws it. */
export interface ShownChange {
  level: SupportLevel;
  n: number;
  estimate: number;
  ci95: readonly [number, number];
}

export const levelLabel = (level: SupportLevel) => supportLevelStyle(level).label;

/** An x domain holding 0 and every interval, padded by a tenth of its width. */
function changeDomain(shown: readonly ShownChange[]): [number, number] {
  const lo = Math.min(0, ...shown.map((g) => g.ci95[0]));
  const hi = Math.max(0, ...shown.map((g) => g.ci95[1]));
  const pad = Math.max((hi - lo) / 10, 1);
  return [Math.floor(lo - pad), Math.ceil(hi + pad)];
}

/** CI rule, point (open when imprecise), the zero line and (wide) the value beside each point. */
function changeLayers(
  label: string,
  shown: readonly ShownChange[],
  y: LayerEncoding["y"],
  layout: ChartLayout,
): UnitLayer[] {
  const legend = supportLegendEncoding(shown.map((g) => ({ level: g.level, label: levelLabel(g.level) })));
  const color = { ...legend.color, legend: null };
  const shape = { ...legend.shape, legend: null };
  const x = {
    field: "lo",
    type: "quantitative" as const,
    title: axisTitle(`Change in ${inSentence(label)} (points, 0–100 scale)`, layout),
    scale: { domain: changeDomain(shown), nice: false },
  };
  return [
    {
      name: "zero_line",
      data: { values: [{ zero: 0 }] },
      mark: { type: "rule", color: INK.axis, strokeDash: [4, 3] },
      encoding: { x: { field: "zero", type: "quantitative" } },
    },
    {
      name: "level_ci",
      mark: { type: "rule", strokeWidth: 2 },
      encoding: { x, x2: { field: "hi" }, y, color },
    },
    ...precisionPointLayers("level_change", {
      mark: { size: 110, strokeWidth: 2 },
      encoding: {
        x: { field: "estimate", type: "quantitative" },
        y,
        color,
        shape,
        tooltip: [
          { field: "support", title: "Institutional support" },
          { field: "n", title: "n" },
          { field: "text", title: "Adjusted change [95% CI]" },
        ],
      },
    }),
    ...(layout === "narrow"
      ? []
      : [
          {
            name: "level_label",
            mark: {
              type: "text" as const,
              style: "value-label",
              align: "left" as const,
              dx: 8,
              dy: -14,
              color: INK.text,
            },
            encoding: { x: { field: "estimate", type: "quantitative" as const }, y, text: { field: "text" } },
          },
        ]),
  ];
}

/**
 * The spec of {@link withinPersonChangeChart}: one row per shown support level (label with n), the adjusted
 * change as a point with its 95 % CI, a dashed zero line, on an axis holding 0 and every interval.
 */
export function withinPersonChangeSpec(
  label: string,
  shown: readonly ShownChange[],
  text: { title: string; subtitle: string[]; altText: string },
  lowBelow: number,
  layout: ChartLayout = "wide",
): LayeredSpec {
  const values = shown.map((g) => ({
    support: levelLabel(g.level),
    n: g.n,
    estimate: g.estimate,
    lo: g.ci95[0],
    hi: g.ci95[1],
    text: formatEstimate(g.estimate, g.ci95),
    lowPrecision: g.n < lowBelow,
  }));
  const yLabel = (g: ShownChange) =>
    layout === "narrow"
      ? [`${levelLabel(g.level)} (n = ${g.n})`, formatEstimate(g.estimate, g.ci95)]
      : `${levelLabel(g.level)} (n = ${g.n})`;
  const labelExpr = shown.reduceRight(
    (rest, g) =>
      `datum.label === ${JSON.stringify(levelLabel(g.level))} ? ${JSON.stringify(yLabel(g))} : ${rest}`,
    "datum.label",
  );
  const y: LayerEncoding["y"] = {
    field: "support",
    type: "nominal",
    title: layout === "narrow" ? null : "Institutional support at wave 1",
    sort: shown.map((g) => levelLabel(g.level)),
    axis: { labelExpr, ticks: false, domain: false, labelLineHeight: 16 },
  };
  return {
    ...chartFrame(text, 56 * Math.max(shown.length, 1), layout),
    data: { name: "levels", values },
    layer: changeLayers(label, shown, y, layout),
  };
}
