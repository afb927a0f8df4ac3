import type { CapacityBandEstimate, CapacityCells, CapacityThenNowInput } from "./capacity-then-now-chart";
import { type ChartLayout, INK, OKABE_ITO } from "./chart-config";
import { chartFrame } from "./chart-frame";
import { formatEstimate } from "./format-estimate";
import { meanInterval, type PublicationRule } from "./mean-rows";
import type { LayerEncoding, LayeredSpec, UnitLayer } from "./vega-lite-types";

const THEN = { key: "When starting", color: OKABE_ITO.blue, shape: "circle" };
const NOW = { key: "Now", color: OKABE_ITO.vermillion, shape: "diamond" };

/** A band's label lines: the band, n (and low precision), the change when given; the first two on one line when narrow. */
function bandLines(b: CapacityBandEstimate, lowBelow: number, layout: ChartLayout): string[] {
  const n = `n = ${b.n}${b.n < lowBelow ? ", low precision" : ""}`;
  const change = b.change ? [`change ${formatEstimate(b.change.mean, b.change.ci95)}`] : [];
  return layout === "narrow" ? [`${b.band}, ${n}`, ...change] : [b.band, n, ...change];
}

/**
 * The y channel: one row per shown band. Wide, the axis labels carry each band's lines; narrow, there is no
 * axis (its labels would take half the width): the rows are spaced apart and {@link bandLabelLayer} writes the
 * lines above each row.
 */
function bandAxis(
  shown: readonly CapacityBandEstimate[],
  lowBelow: number,
  layout: ChartLayout,
): LayerEncoding["y"] {
  const sort = shown.map((b) => b.band);
  if (layout === "narrow")
    return {
      field: "band",
      type: "nominal",
      sort,
      scale: { type: "band", paddingInner: 0.6, paddingOuter: 0.6 },
      axis: null,
    };
  const labelExpr = shown.reduceRight(
    (rest, b) =>
      `datum.label === ${JSON.stringify(b.band)} ? ${JSON.stringify(bandLines(b, lowBelow, layout))} : ${rest}`,
    "datum.label",
  );
  return {
    field: "band",
    type: "nominal",
    title: "Years in support",
    sort,
    axis: { labelExpr, labelLineHeight: 15, ticks: false, domain: false },
  };
}

/** Narrow only: each band's lines, left-aligned above its row. */
const bandLabelLayer = (): UnitLayer => ({
  name: "band_label",
  data: { name: "pairs" },
  mark: { type: "text", style: "value-label", align: "left", baseline: "bottom", dy: -4, lineHeight: 16 },
  encoding: {
    x: { datum: 0, type: "quantitative" },
    y: { field: "band", type: "nominal", bandPosition: 0 },
    text: { field: "label" },
    color: { value: INK.text },
  },
});

/** A channel on "when" (then or now) with its own range: colour or shape share one legend. */
const byWhen = (range: string[]) =>
  ({
    field: "when",
    type: "nominal",
    title: null,
    sort: [THEN.key, NOW.key],
    scale: { domain: [THEN.key, NOW.key], range },
    legend: { symbolOpacity: 1, symbolSize: 90 },
  }) as const;

/** The layers: a grey connector between the two means, their CI rules, and the means, nudged apart. */
function capacityLayers(): UnitLayer[] {
  const x = (field: string, title?: string): LayerEncoding["x"] => ({
    field,
    type: "quantitative",
    scale: { domain: [0, 10], nice: false },
    ...(title ? { title } : {}),
  });
  const when: LayerEncoding["color"] = byWhen([THEN.color, NOW.color]);
  const yOffset: LayerEncoding["yOffset"] = {
    field: "when",
    type: "nominal",
    sort: [THEN.key, NOW.key],
    scale: { paddingOuter: 0.6 },
  };
  const tooltip = [
    { field: "band", title: "Years in support" },
    { field: "when", title: "Rating" },
    { field: "n", title: "n" },
    { field: "text", title: "Mean [95% CI]" },
  ];
  return [
    {
      name: "connector",
      data: { name: "pairs" },
      mark: { type: "rule", strokeWidth: 5, color: INK.grid, strokeCap: "round" },
      encoding: { x: x("then", "Capacity to invest in customers (0–10)"), x2: { field: "now" } },
    },
    {
      name: "ci",
      data: { name: "points" },
      mark: { type: "rule", strokeWidth: 1.5 },
      encoding: { x: x("lo"), x2: { field: "hi" }, yOffset, color: when },
    },
    {
      name: "mean",
      data: { name: "points" },
      mark: { type: "point", size: 90, filled: true, opacity: 1 },
      encoding: { x: x("mean"), yOffset, color: when, shape: byWhen([THEN.shape, NOW.shape]), tooltip },
    },
  ];
}

/**
 * Step 4 of {@link capacityThenNowChart}, the spec: the subtitle (method, recall and caveat, and the small-cell
 * note when it applies), then and now as a dumbbell per shown band on a 0–10 axis.
 */
export function capacityThenNowSpec(
  input: CapacityThenNowInput,
  cells: CapacityCells,
  rule: PublicationRule,
  text: { title: string; altText: string },
  layout: ChartLayout = "wide",
): LayeredSpec {
  const { shown } = cells;
  const points = shown.flatMap((b) =>
    [THEN, NOW].map((w) => {
      const m = w === THEN ? b.then : b.now;
      return { band: b.band, when: w.key, n: b.n, ...meanInterval(m), text: formatEstimate(m.mean, m.ci95) };
    }),
  );
  const pairs = shown.map((b) => ({
    band: b.band,
    then: b.then.mean,
    now: b.now.mean,
    ...(layout === "narrow" ? { label: bandLines(b, rule.lowBelow, layout) } : {}),
  }));
  const subtitle = [
    "Mean with 95% CI; change: paired difference. Starting values are recalled.",
    "Cross-sectional: associations, not causes.",
  ];
  if (cells.hiddenNote) subtitle.push(cells.hiddenNote);
  const rowHeight = layout === "narrow" ? 80 : input.bands.some((b) => b.change) ? 64 : 52;
  const height = rowHeight * Math.max(shown.length, 1);
  return {
    ...chartFrame({ ...text, subtitle }, height, layout),
    datasets: { points, pairs },
    encoding: { y: bandAxis(shown, rule.lowBelow, layout) },
    layer: layout === "narrow" ? [...capacityLayers(), bandLabelLayer()] : capacityLayers(),
  };
}
