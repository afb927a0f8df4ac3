import { type ChartLayout, INK } from "./chart-config";
import { axisTitle } from "./axis-title";
import { chartFrame } from "./chart-frame";
import { effectName, type ErosionBySupportInput, type ErosionCells } from "./erosion-by-support-chart";
import { formatEstimate } from "./format-estimate";
import { inSentence } from "./in-sentence";
import { meanInterval, type PublicationRule } from "./mean-rows";
import { precisionPointLayers } from "./precision-point-layers";
import { supportLegendEncoding } from "./support-legend-encoding";
import { supportLevelStyle, type SupportLevel } from "./support-level-style";
import type { LayerEncoding, LayeredSpec, UnitLayer } from "./vega-lite-types";

const levelLabel = (level: SupportLevel) => supportLevelStyle(level).label;

/** The y axis: one row per shown group, its label carrying n (and, narrow, the estimate on a second line). */
function groupAxis(shown: ErosionCells["shown"], layout: ChartLayout): LayerEncoding["y"] {
  const lines = (g: ErosionCells["shown"][number]) =>
    layout === "narrow"
      ? [`${levelLabel(g.level)} (n = ${g.n})`, formatEstimate(g.mean, g.ci95)]
      : `${levelLabel(g.level)} (n = ${g.n})`;
  const yLabelExpr = shown.reduceRight(
    (rest, g) =>
      `datum.label === ${JSON.stringify(levelLabel(g.level))} ? ${JSON.stringify(lines(g))} : ${rest}`,
    "datum.label",
  );
  return {
    field: "support",
    type: "nominal",
    title: layout === "narrow" ? null : "Institutional support",
    sort: shown.map((g) => levelLabel(g.level)),
    axis: { labelExpr: yLabelExpr, ticks: false, domain: false, labelLineHeight: 16 },
  };
}

/**
 * The layers: CI rule, mean point (open when imprecise) and the value written beside it (narrow: in the axis
 * label instead, as beside the point it would run off a 320-px chart).
 */
function erosionLayers(outcome: string, shown: ErosionCells["shown"], layout: ChartLayout): UnitLayer[] {
  const legend = supportLegendEncoding(shown.map((g) => ({ level: g.level, label: levelLabel(g.level) })));
  const color: LayerEncoding["color"] = { ...legend.color, legend: null };
  const shape: LayerEncoding["shape"] = { ...legend.shape, legend: null };
  return [
    {
      name: "group_ci",
      mark: { type: "rule", strokeWidth: 2 },
      encoding: {
        x: {
          field: "lo",
          type: "quantitative",
          title: axisTitle(`Mean ${inSentence(outcome)} (score 0–100)`, layout),
          scale: { domain: [0, 100], nice: false },
        },
        x2: { field: "hi" },
        color,
      },
    },
    ...precisionPointLayers("group_mean", {
      mark: { size: 110, strokeWidth: 2 },
      encoding: {
        x: { field: "mean", type: "quantitative" },
        color,
        shape,
        tooltip: [
          { field: "support", title: "Institutional support" },
          { field: "n", title: "n" },
          { field: "text", title: "Mean [95% CI]" },
        ],
      },
    }),
    ...(layout === "narrow" ? [] : [valueLabelLayer()]),
  ];
}

/** The value written above and right of each mean. */
function valueLabelLayer(): UnitLayer {
  return {
    name: "group_label",
    mark: { type: "text", style: "value-label", align: "left", dx: 8, dy: -14, color: INK.text },
    encoding: { x: { field: "mean", type: "quantitative" }, text: { field: "text" } },
  };
}

/**
 * Step 4 of {@link erosionBySupportChart}, the spec: the subtitle (the effect size or why it is missing, the
 * caveat, and the low-precision and small-cell notes when they apply) and dot-and-whisker layers on a full
 * 0–100 axis over the shown groups only.
 */
export function erosionBySupportSpec(
  input: ErosionBySupportInput,
  cells: ErosionCells,
  rule: PublicationRule,
  text: { title: string; altText: string },
  layout: ChartLayout = "wide",
): LayeredSpec {
  const { effect } = input;
  const { shown } = cells;
  const subtitle = [
    cells.effectShown
      ? `Mean with 95% CI; ${effectName(effect)} = ${formatEstimate(effect.g, effect.ci95, 2)}.`
      : "Mean with 95% CI. No effect size: a group compared is not shown.",
    "Cross-sectional: associations, not causes.",
  ];
  if (shown.some((g) => g.n < rule.lowBelow))
    subtitle.push(`Open symbols: fewer than ${rule.lowBelow} respondents (low precision).`);
  if (cells.hiddenNote) subtitle.push(cells.hiddenNote);
  const values = shown.map((g) => ({
    support: levelLabel(g.level),
    n: g.n,
    ...meanInterval(g),
    text: formatEstimate(g.mean, g.ci95),
    lowPrecision: g.n < rule.lowBelow,
  }));
  return {
    ...chartFrame({ ...text, subtitle }, 56 * Math.max(shown.length, 1), layout),
    data: { name: "groups", values },
    encoding: { y: groupAxis(shown, layout) },
    layer: erosionLayers(input.outcome, shown, layout),
  };
}
