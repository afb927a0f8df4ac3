import type { CapacityBandEstimate, CapacityCells, CapacityThenNowInput } from "./capacity-then-now-chart";
import { INK, OKABE_ITO } from "./chart-config";
import { chartFrame } from "./chart-frame";
import { formatEstimate } from "./format-estimate";
import { meanInterval, type PublicationRule } from "./mean-rows";
import type { LayerEncoding, LayeredSpec, UnitLayer } from "./vega-lite-types";

const THEN = { key: "When starting", color: OKABE_ITO.blue, shape: "circle" };
const NOW = { key: "Now", color: OKABE_ITO.vermillion, shape: "diamond" };

/** The y axis: one row per shown band, its label lines carrying n (and the change, when given). */
function bandAxis(shown: readonly CapacityBandEstimate[], lowBelow: number): LayerEncoding["y"] {
  const bandLines = (b: CapacityBandEstimate) => [
    b.band,
    `n = ${b.n}${b.n < lowBelow ? ", low precision" : ""}`,
    ...(b.change ? [`change ${formatEstimate(b.change.mean, b.change.ci95)}`] : []),
  ];
  const labelExpr = shown.reduceRight(
    (rest, b) => `datum.label === ${JSON.stringify(b.band)} ? ${JSON.stringify(bandLines(b))} : ${rest}`,
    "datum.label",
  );
  return {
    field: "band",
    type: "nominal",
    title: "Years in support",
    sort: shown.map((b) => b.band),
    axis: { labelExpr, labelLineHeight: 15, ticks: false, domain: false },
  };
}

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
): LayeredSpec {
  const { shown } = cells;
  const points = shown.flatMap((b) =>
    [THEN, NOW].map((w) => {
      const m = w === THEN ? b.then : b.now;
      return { band: b.band, when: w.key, n: b.n, ...meanInterval(m), text: formatEstimate(m.mean, m.ci95) };
    }),
  );
  const pairs = shown.map((b) => ({ band: b.band, then: b.then.mean, now: b.now.mean }));
  const subtitle = [
    "Mean with 95% CI; change: paired difference. Starting values are recalled.",
    "Cross-sectional: associations, not causes.",
  ];
  if (cells.hiddenNote) subtitle.push(cells.hiddenNote);
  const height = (input.bands.some((b) => b.change) ? 64 : 52) * Math.max(shown.length, 1);
  return {
    ...chartFrame({ ...text, subtitle }, height),
    datasets: { points, pairs },
    encoding: { y: bandAxis(shown, rule.lowBelow) },
    layer: capacityLayers(),
  };
}
