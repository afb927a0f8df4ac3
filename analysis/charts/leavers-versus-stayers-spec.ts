import { type ChartLayout, INK, OKABE_ITO } from "./chart-config";
import { chartFrame } from "./chart-frame";
import { formatEstimate } from "./format-estimate";
import type { LeaversCells, LeaversVersusStayersInput } from "./leavers-versus-stayers-chart";
import { meanInterval, type PublicationRule } from "./mean-rows";
import { precisionPointLayers } from "./precision-point-layers";
import type { LayerEncoding, LayeredSpec, UnitLayer } from "./vega-lite-types";

const LEAVERS = OKABE_ITO.vermillion;
const STAYERS = INK.muted;

/** A 0–100 y channel on `field`, titled on the first layer only. */
const y = (field: string, title?: string): LayerEncoding["y"] => ({
  field,
  type: "quantitative",
  scale: { domain: [0, 100], nice: false },
  axis: { tickCount: 5 },
  ...(title ? { title } : {}),
});

/** The fitted curve: its 95 % band shaded, its line solid, in the leavers' colour. */
const curveLayers = (x: LayerEncoding["x"]): UnitLayer[] => [
  {
    name: "curve_band",
    data: { name: "curve" },
    mark: { type: "area", color: LEAVERS, opacity: 0.15 },
    encoding: { x, y: y("lo"), y2: { field: "hi" } },
  },
  {
    name: "curve_line",
    data: { name: "curve" },
    mark: { type: "line", color: LEAVERS, strokeWidth: 2 },
    encoding: { x, y: y("fit") },
  },
];

/** The layers: the stayers' CI band and dashed mean, the curve, then the leavers' CI rules, means and n labels. */
function leaversLayers(outcome: string, x: LayerEncoding["x"]): UnitLayer[] {
  const tooltip = [
    { field: "band", title: "Left" },
    { field: "n", title: "n" },
    { field: "text", title: "Mean [95% CI]" },
  ];
  return [
    {
      name: "stayers_ci",
      data: { name: "stayers" },
      mark: { type: "rect", color: STAYERS, opacity: 0.15 },
      encoding: { y: y("lo", `${outcome} (score 0–100)`), y2: { field: "hi" } },
    },
    {
      name: "stayers_mean",
      data: { name: "stayers" },
      mark: { type: "rule", color: STAYERS, strokeWidth: 2, strokeDash: [6, 4] },
      encoding: { y: y("mean") },
    },
    ...curveLayers(x),
    {
      name: "leavers_ci",
      data: { name: "points" },
      mark: { type: "rule", color: LEAVERS, strokeWidth: 2 },
      encoding: { x, y: y("lo"), y2: { field: "hi" } },
    },
    ...precisionPointLayers("leavers_mean", {
      data: { name: "points" },
      mark: { shape: "circle", size: 90, strokeWidth: 2, color: LEAVERS },
      encoding: { x, y: y("mean"), tooltip },
    }),
    {
      name: "leavers_n",
      data: { name: "points" },
      mark: { type: "text", style: "point-label", baseline: "bottom", dy: -6, color: INK.muted },
      encoding: { x, y: y("hi"), text: { field: "nLabel" } },
    },
  ];
}

/**
 * Step 4 of {@link leaversVersusStayersChart}, the spec: the subtitle (what the points, the curve and the grey
 * band are, the note, the caveat, and the low-precision and small-cell notes when they apply), and the layers
 * over the shown cells only, on an x axis of years since leaving from 0 in whole years, with about 8 ticks
 * (4 when narrow; 17 one-year ticks crowded the axis).
 */
export function leaversVersusStayersSpec(
  input: LeaversVersusStayersInput,
  cells: LeaversCells,
  rule: PublicationRule,
  text: { title: string; altText: string },
  layout: ChartLayout = "wide",
): LayeredSpec {
  const points = cells.shownBands.map((b) => ({
    band: b.band,
    x: b.x,
    n: b.n,
    ...meanInterval(b),
    text: formatEstimate(b.mean, b.ci95),
    nLabel: `n = ${b.n}`,
    lowPrecision: b.n < rule.lowBelow,
  }));
  const s = cells.stayersShown ? input.stayers : undefined;
  const stayers = s ? [{ ...meanInterval(s), text: formatEstimate(s.mean, s.ci95), n: s.n }] : [];
  const subtitle = [
    "Points: people who left support, mean with 95% CI by years since leaving.",
    ...(cells.curve.length
      ? [`Line and shaded band: ${input.curveLabel ?? "fitted curve"} with its 95% band.`]
      : []),
    s
      ? `Grey band: people still in support, ${formatEstimate(s.mean, s.ci95)}, n = ${s.n}.`
      : input.stayers
        ? "People still in support are not shown."
        : "People still in support were not asked this question.",
    ...(input.note && cells.leavers === "shown" ? [input.note] : []),
    "Cross-sectional: associations, not causes (who leaves is not random).",
  ];
  if (points.some((p) => p.lowPrecision))
    subtitle.push(`Open symbols: fewer than ${rule.lowBelow} respondents (low precision).`);
  if (cells.hiddenNote) subtitle.push(cells.hiddenNote);
  const right = Math.max(1, ...points.map((p) => p.x), ...cells.curve.map((p) => p.x));
  const x: LayerEncoding["x"] = {
    field: "x",
    type: "quantitative",
    title: "Years since leaving customer support",
    // room right of the last point, never negative years
    scale: { domain: [0, Math.ceil(right * 1.1)], nice: false },
    // whole years: half-year ticks collide once the curve reaches 7 or more years
    axis: { tickMinStep: 1, tickCount: layout === "narrow" ? 4 : 8 },
  };
  return {
    ...chartFrame({ ...text, subtitle }, layout === "narrow" ? 260 : 320, layout),
    datasets: { points, stayers, curve: cells.curve },
    layer: leaversLayers(input.outcome, x),
  };
}
