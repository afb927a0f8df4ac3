import { assertMeanEstimate } from "./assert-mean-estimate";
import { cellNote } from "./cell-note";
import { CHART_WIDTH, chartConfig } from "./chart-config";
import { chartTitle } from "./chart-title";
import type { ChartOptions, ChartOutput, CurvePoint, MeanEstimate } from "./chart-types";
import { clipCurve } from "./clip-curve";
import { formatEstimate } from "./format-estimate";
import { formatNumber } from "./format-number";
import { supportLegendEncoding } from "./support-legend-encoding";
import { supportLevelStyle, type SupportLevel } from "./support-level-style";
import { precisionPointLayers } from "./precision-point-layers";
import type { LayerEncoding, LayeredSpec, UnitLayer } from "./vega-lite-types";
import { suppressGroupedBands } from "../disclosure/suppress-grouped-bands";
import { inSentence } from "./in-sentence";

/** A tenure band's mean erosion. */
export interface TenureBandEstimate extends MeanEstimate {
  /** display label, e.g. "0–2 years"; the same label in every group */
  band: string;
  /** lower edge in years (inclusive) */
  from: number;
  /** upper edge in years (exclusive); null for an open top band such as "20+ years" */
  to: number | null;
  /** where the mean is drawn on the x axis (e.g. the band's median tenure) */
  x: number;
}

/** Respondents at one institutional-support level: band means and the fitted curve. */
export interface HarmTrajectoryGroup {
  level: SupportLevel;
  /** respondents in the group (the fit's n) */
  n: number;
  bands: TenureBandEstimate[];
  curve: CurvePoint[];
}

/** Input of {@link harmTrajectoryChart}. */
export interface HarmTrajectoryInput {
  /** outcome name for the axis and text, e.g. "Work-related burnout" (a 0–100 score) */
  outcome: string;
  groups: HarmTrajectoryGroup[];
  /** the curve's method, shown in the subtitle; default "restricted cubic spline" */
  curveLabel?: string;
  title?: string;
}

/**
 * The harm trajectory: mean erosion (0–100) with 95 % CIs per tenure band and a fitted curve with its 95 %
 * band, one colour, shape and dash per institutional-support level, and the cross-sectional caveat.
 *
 * Method: a layered vega-lite spec (curve band, curve, CI rules, means; band means nudged apart horizontally).
 * Small cells: {@link suppressGroupedBands}; the curve of a group is clipped to its shown bands
 * ({@link clipCurve}) so it reveals nothing about hidden ones. Means from fewer than `lowPrecisionBelow`
 * respondents are drawn as open symbols.
 *
 * Cost: O(G·(B + P)) for G groups, B bands and P curve points (plus the O((G·B)²) suppression).
 *
 * @throws Error "harmTrajectoryChart requires a band/curve point …" for non-finite shown numbers
 * @throws errors of {@link suppressSmallCells} for a bad minCellSize or counts
 * @example
 * const chart = harmTrajectoryChart({ outcome: "Work-related burnout", groups }, { minCellSize: 10 });
 * renderChartSvg(chart.spec);
 */
export function harmTrajectoryChart(input: HarmTrajectoryInput, options: ChartOptions): ChartOutput {
  const k = options.minCellSize;
  const lowBelow = options.lowPrecisionBelow ?? 30;
  const status = suppressGroupedBands(input.groups, k);
  const title = input.title ?? `${input.outcome} by years in support`;
  // drawn: total shown and at least one band shown (a group can lose all its bands yet keep a shown total)
  const drawn = input.groups.map(
    (_, gi) => status.groups[gi] === "shown" && status.bands[gi]!.includes("shown"),
  );
  const shown = input.groups.filter((_, gi) => drawn[gi]);
  const levels = shown.map((g) => g.level);

  const bandRows: Record<string, string | number | boolean>[] = [];
  const curveRows: Record<string, string | number>[] = [];
  const rows: Record<string, string | number | null>[] = [];
  const sentences: string[] = [];
  const allX = input.groups.flatMap((g, gi) =>
    g.bands.filter((_, b) => status.bands[gi]![b] === "shown").map((b) => b.x),
  );
  const dodge = 0.012 * (allX.length > 1 ? Math.max(...allX) - Math.min(...allX) : 1);

  input.groups.forEach((g, gi) => {
    const style = supportLevelStyle(g.level);
    const offset = (levels.indexOf(g.level) - (levels.length - 1) / 2) * dodge;
    const visible = g.bands.filter((_, b) => status.bands[gi]![b] === "shown");
    g.bands.forEach((b, bi) => {
      const s = status.bands[gi]![bi]!;
      const show = s === "shown";
      if (show) assertMeanEstimate(b, "harmTrajectoryChart", `band ${b.band} of ${g.level}`);
      if (show && !Number.isFinite(b.x))
        throw new Error("harmTrajectoryChart requires a finite x for every band");
      rows.push({
        support: style.label,
        band: b.band,
        n: show ? b.n : null,
        mean: show ? b.mean : null,
        ciLow: show ? b.ci95[0] : null,
        ciHigh: show ? b.ci95[1] : null,
        note: cellNote(s, b.n, k, lowBelow),
      });
      if (!show) return;
      bandRows.push({
        support: style.label,
        band: b.band,
        x: b.x + offset,
        n: b.n,
        mean: b.mean,
        lo: b.ci95[0],
        hi: b.ci95[1],
        ci: `[${formatNumber(b.ci95[0])}, ${formatNumber(b.ci95[1])}]`,
        lowPrecision: b.n < lowBelow,
      });
    });
    if (!drawn[gi]) return;
    for (const p of clipCurve(g.curve, visible, "harmTrajectoryChart"))
      curveRows.push({ support: style.label, ...p });
    const first = visible[0]!;
    const last = visible[visible.length - 1]!;
    const at = (b: TenureBandEstimate) =>
      `${formatEstimate(b.mean, b.ci95, 1, "words")} at ${b.band} (n = ${b.n})`;
    sentences.push(
      `${at(first)}${visible.length > 1 ? ` and ${at(last)}` : ""} with ${style.label.toLowerCase()} ` +
        `institutional support (n = ${g.n})`,
    );
  });

  const altText =
    sentences.length > 0
      ? `Mean ${inSentence(input.outcome)} (0–100) was ${sentences.join("; ")}. ` +
        "Cross-sectional data: associations, not causes."
      : `No support group had at least ${k} respondents, so no trajectory is shown.`;
  const subtitle = [
    `Points: band means with 95% CI; line: ${input.curveLabel ?? "restricted cubic spline"} fit with 95% band.`,
    "Cross-sectional: associations, not causes (people who eroded most may have left).",
  ];
  if (bandRows.some((r) => r.lowPrecision))
    subtitle.push(`Open symbols: fewer than ${lowBelow} respondents (low precision).`);
  if (status.bands.flat().some((s) => s !== "shown"))
    subtitle.push(`Cells with fewer than ${k} respondents are not shown.`);

  const legend = supportLegendEncoding(
    shown.map((g) => ({ level: g.level, label: `${supportLevelStyle(g.level).label} (n = ${g.n})` })),
  );
  const x: LayerEncoding["x"] = {
    field: "x",
    type: "quantitative",
    title: "Years in customer support",
    // from 0, with room right of the last point or curve end
    scale: {
      domain: [0, Math.ceil(Math.max(1, ...allX, ...curveRows.map((p) => p.x as number)) * 1.04)],
      nice: false,
    },
  };
  const yScale = { domain: [0, 100], nice: false };
  const yAxis = { tickCount: 5 };
  const spec: LayeredSpec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    description: altText,
    title: chartTitle(title, subtitle),
    width: CHART_WIDTH,
    height: 340,
    autosize: { type: "fit-x", contains: "padding" },
    config: chartConfig(),
    datasets: { bands: bandRows, curve: curveRows },
    layer: [
      {
        name: "curve_band",
        data: { name: "curve" },
        mark: { type: "area", opacity: 0.13 },
        encoding: {
          x,
          y: {
            field: "lo",
            type: "quantitative",
            title: `${input.outcome} (score 0–100)`,
            scale: yScale,
            axis: yAxis,
          },
          y2: { field: "hi" },
          color: legend.color,
        },
      },
      // One line layer per level: the dash is a mark property, so it needs no legend of its own.
      ...shown.map((g): UnitLayer => ({
        name: `curve_line_${g.level}`,
        data: { name: "curve" },
        transform: [{ filter: { field: "support", equal: supportLevelStyle(g.level).label } }],
        mark: { type: "line", strokeWidth: 2, strokeDash: supportLevelStyle(g.level).dash },
        encoding: { x, y: { field: "fit", type: "quantitative" }, color: legend.color },
      })),
      {
        name: "band_ci",
        data: { name: "bands" },
        mark: { type: "rule", strokeWidth: 1.5 },
        encoding: { x, y: { field: "lo", type: "quantitative" }, y2: { field: "hi" }, color: legend.color },
      },
      ...precisionPointLayers("band_mean", {
        data: { name: "bands" },
        mark: { size: 64, strokeWidth: 1.5 },
        encoding: {
          x,
          y: { field: "mean", type: "quantitative" },
          color: legend.color,
          shape: legend.shape,
          tooltip: [
            { field: "support", title: "Institutional support" },
            { field: "band", title: "Years in support" },
            { field: "n", title: "n" },
            { field: "mean", title: "Mean", format: ".1f" },
            { field: "ci", title: "95% CI" },
          ],
        },
      }),
    ],
  };

  return {
    id: "harm-trajectory",
    title,
    spec,
    altText,
    table: {
      columns: [
        { key: "support", label: "Institutional support" },
        { key: "band", label: "Years in support" },
        { key: "n", label: "n" },
        { key: "mean", label: `Mean ${inSentence(input.outcome)}`, unit: "score 0–100" },
        { key: "ciLow", label: "95% CI, lower", unit: "score 0–100" },
        { key: "ciHigh", label: "95% CI, upper", unit: "score 0–100" },
        { key: "note", label: "Note" },
      ],
      rows,
    },
  };
}
