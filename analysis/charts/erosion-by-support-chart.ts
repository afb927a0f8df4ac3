import { assertMeanEstimate } from "./assert-mean-estimate";
import { cellNote } from "./cell-note";
import { CHART_WIDTH, INK, chartConfig } from "./chart-config";
import { chartTitle } from "./chart-title";
import type { ChartOptions, ChartOutput, MeanEstimate } from "./chart-types";
import { formatEstimate } from "./format-estimate";
import { supportLegendEncoding } from "./support-legend-encoding";
import { supportLevelStyle, type SupportLevel } from "./support-level-style";
import { precisionPointLayers } from "./precision-point-layers";
import type { LayerEncoding, LayeredSpec } from "./vega-lite-types";
import { suppressSmallCells } from "../disclosure/suppress-small-cells";
import { inSentence } from "./in-sentence";

/** Mean erosion of one institutional-support group. */
export interface SupportGroupEstimate extends MeanEstimate {
  level: SupportLevel;
}

/** Input of {@link erosionBySupportChart}. */
export interface ErosionBySupportInput {
  /** outcome name, e.g. "Work-related burnout" (a 0–100 score) */
  outcome: string;
  /** the groups compared, e.g. low and high support (drawn in low → high order) */
  groups: SupportGroupEstimate[];
  /** Hedges' g of `first` minus `second` (as `hedgesG(first, second)`) with its 95 % CI */
  effect: { g: number; ci95: readonly [number, number]; first: SupportLevel; second: SupportLevel };
  title?: string;
}

/**
 * Mean erosion (0–100) with its 95 % CI per institutional-support group, n on the axis, the mean and CI
 * written beside each, and the effect size (Hedges' g with its CI) in the subtitle.
 *
 * Method: dot-and-whisker vega-lite layers (CI rule, point, value label) on a full 0–100 axis. Small cells:
 * {@link suppressSmallCells} with all groups in one margin (the total analysed is published); the effect size
 * is shown only when both groups it compares are shown.
 *
 * Cost: O(G) for G groups.
 *
 * @throws Error "erosionBySupportChart requires group <level> to have an integer n, …" for bad shown numbers
 * @throws Error "erosionBySupportChart requires a finite effect size with an ordered CI"
 * @throws errors of {@link suppressSmallCells}
 * @example
 * erosionBySupportChart({ outcome: "Work-related burnout", groups: [low, high],
 *   effect: { ...hedgesG(high, low), first: "high", second: "low" } }, { minCellSize: 10 });
 */
export function erosionBySupportChart(input: ErosionBySupportInput, options: ChartOptions): ChartOutput {
  const k = options.minCellSize;
  const lowBelow = options.lowPrecisionBelow ?? 30;
  const order = (l: SupportLevel) => ["low", "middle", "high"].indexOf(l);
  const groups = [...input.groups].sort((a, b) => order(a.level) - order(b.level));
  const status = suppressSmallCells(
    groups.map((g) => ({ n: g.n, margins: ["all"] })),
    k,
  );
  const shown = groups.filter((_, i) => status[i] === "shown");
  shown.forEach((g) => assertMeanEstimate(g, "erosionBySupportChart", `group ${g.level}`));
  const { effect } = input;
  const effectShown = [effect.first, effect.second].every((l) => shown.some((g) => g.level === l));
  if (
    effectShown &&
    !(Number.isFinite(effect.g) && effect.ci95.every(Number.isFinite) && effect.ci95[0] <= effect.ci95[1])
  ) {
    throw new Error("erosionBySupportChart requires a finite effect size with an ordered CI");
  }
  const label = (l: SupportLevel) => supportLevelStyle(l).label;
  const effectText = `Hedges' g (${label(effect.first).toLowerCase()} − ${label(effect.second).toLowerCase()})`;
  const title = input.title ?? `${input.outcome} by institutional support`;

  const subtitle = [
    effectShown
      ? `Mean with 95% CI; ${effectText} = ${formatEstimate(effect.g, effect.ci95, 2)}.`
      : `Mean with 95% CI. No effect size: a group compared has fewer than ${k} respondents or protects one.`,
    "Cross-sectional: associations, not causes.",
  ];
  if (shown.some((g) => g.n < lowBelow))
    subtitle.push(`Open symbols: fewer than ${lowBelow} respondents (low precision).`);
  if (shown.length < groups.length) subtitle.push(`Groups with fewer than ${k} respondents are not shown.`);

  const values = shown.map((g) => ({
    support: label(g.level),
    n: g.n,
    mean: g.mean,
    lo: g.ci95[0],
    hi: g.ci95[1],
    text: formatEstimate(g.mean, g.ci95),
    lowPrecision: g.n < lowBelow,
  }));
  const legend = supportLegendEncoding(shown.map((g) => ({ level: g.level, label: label(g.level) })));
  const nLabels = shown.map((g) => ({ level: g.level, label: `${label(g.level)} (n = ${g.n})` }));
  const yLabelExpr = nLabels.reduceRight(
    (rest, e) => `datum.label === ${JSON.stringify(label(e.level))} ? ${JSON.stringify(e.label)} : ${rest}`,
    "datum.label",
  );
  const y: LayerEncoding["y"] = {
    field: "support",
    type: "nominal",
    title: "Institutional support",
    sort: shown.map((g) => label(g.level)),
    axis: { labelExpr: yLabelExpr, ticks: false, domain: false },
  };
  const color: LayerEncoding["color"] = { ...legend.color, legend: null };
  const shape: LayerEncoding["shape"] = { ...legend.shape, legend: null };
  const spec: LayeredSpec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    description: "",
    title: chartTitle(title, subtitle),
    width: CHART_WIDTH,
    height: 56 * Math.max(shown.length, 1),
    autosize: { type: "fit-x", contains: "padding" },
    config: chartConfig(),
    data: { name: "groups", values },
    encoding: { y },
    layer: [
      {
        name: "group_ci",
        mark: { type: "rule", strokeWidth: 2 },
        encoding: {
          x: {
            field: "lo",
            type: "quantitative",
            title: `Mean ${inSentence(input.outcome)} (score 0–100)`,
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
      {
        name: "group_label",
        mark: { type: "text", align: "left", dx: 8, dy: -14, fontSize: 12, color: INK.text },
        encoding: { x: { field: "mean", type: "quantitative" }, text: { field: "text" } },
      },
    ],
  };

  const words = shown.map(
    (g) =>
      `${formatEstimate(g.mean, g.ci95, 1, "words")} with ${label(g.level).toLowerCase()} support (n = ${g.n})`,
  );
  const altText =
    shown.length > 0
      ? `Mean ${inSentence(input.outcome)} (0–100) was ${words.join(" and ")}` +
        (effectShown ? `; ${effectText} = ${formatEstimate(effect.g, effect.ci95, 2, "words")}.` : ".") +
        " Cross-sectional data: associations, not causes."
      : `No support group can be shown: each has fewer than ${k} respondents or protects one that has.`;
  spec.description = altText;

  return {
    id: "erosion-by-support",
    title,
    spec,
    altText,
    table: {
      columns: [
        { key: "support", label: "Institutional support" },
        { key: "n", label: "n" },
        { key: "mean", label: `Mean ${inSentence(input.outcome)}`, unit: "score 0–100" },
        { key: "ciLow", label: "95% CI, lower", unit: "score 0–100" },
        { key: "ciHigh", label: "95% CI, upper", unit: "score 0–100" },
        { key: "note", label: "Note" },
      ],
      rows: groups.map((g, i) => {
        const show = status[i] === "shown";
        return {
          support: label(g.level),
          n: show ? g.n : null,
          mean: show ? g.mean : null,
          ciLow: show ? g.ci95[0] : null,
          ciHigh: show ? g.ci95[1] : null,
          note: cellNote(status[i]!, g.n, k, lowBelow),
        };
      }),
    },
  };
}
