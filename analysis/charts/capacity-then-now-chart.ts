import { assertMeanEstimate } from "./assert-mean-estimate";
import { cellNote } from "./cell-note";
import { CHART_WIDTH, INK, OKABE_ITO, chartConfig } from "./chart-config";
import { chartTitle } from "./chart-title";
import type { ChartOptions, ChartOutput } from "./chart-types";
import { formatEstimate } from "./format-estimate";
import type { LayerEncoding, LayeredSpec } from "./vega-lite-types";
import { suppressSmallCells } from "../disclosure/suppress-small-cells";

/** A mean and its 95 % CI, without n (the band's n applies). */
export interface PairedMean {
  mean: number;
  ci95: readonly [number, number];
}

/** Capacity to invest (0–10) in one tenure band, recalled for the start and rated now by the same people. */
export interface CapacityBandEstimate {
  /** display label, e.g. "0–2 years" (drawn top to bottom in input order) */
  band: string;
  /** respondents with both ratings */
  n: number;
  then: PairedMean;
  now: PairedMean;
  /** optional paired change now − then with its 95 % CI, shown in the label, tooltip and table */
  change?: PairedMean;
}

/** Input of {@link capacityThenNowChart}. */
export interface CapacityThenNowInput {
  bands: CapacityBandEstimate[];
  title?: string;
}

const THEN = { key: "When starting", color: OKABE_ITO.blue, shape: "circle" };
const NOW = { key: "Now", color: OKABE_ITO.vermillion, shape: "diamond" };

/**
 * Capacity to invest in customers (0–10) when respondents started in support and now, per tenure band:
 * a dumbbell of the two means with their 95 % CIs, n (and the paired change when given) beside each band.
 *
 * Method: vega-lite layers on a band y scale — a grey connector between the means, CI rules and points
 * nudged apart with yOffset (then: blue circle, now: vermillion diamond, so colour is never the only cue); n and the change are extra lines of the band's axis label. Small cells: {@link suppressSmallCells}, all bands in one margin.
 *
 * Cost: O(B) for B bands.
 *
 * @throws Error "capacityThenNowChart requires band <band> then/now to have …" for bad shown numbers
 * @throws errors of {@link suppressSmallCells}
 * @example
 * capacityThenNowChart({ bands }, { minCellSize: 10 });
 */
export function capacityThenNowChart(input: CapacityThenNowInput, options: ChartOptions): ChartOutput {
  const k = options.minCellSize;
  const lowBelow = options.lowPrecisionBelow ?? 30;
  const status = suppressSmallCells(
    input.bands.map((b) => ({ n: b.n, margins: ["all"] })),
    k,
  );
  const shown = input.bands.filter((_, i) => status[i] === "shown");
  for (const b of shown) {
    const checks: [string, PairedMean | undefined][] = [
      ["then", b.then],
      ["now", b.now],
      ["change", b.change],
    ];
    for (const [when, m] of checks) {
      if (m) assertMeanEstimate({ n: b.n, ...m }, "capacityThenNowChart", `band ${b.band} ${when}`);
    }
  }
  const title = input.title ?? "Capacity to invest in customers, when starting and now";
  const bandLines = (b: CapacityBandEstimate) => [
    b.band,
    `n = ${b.n}${b.n < lowBelow ? ", low precision" : ""}`,
    ...(b.change ? [`change ${formatEstimate(b.change.mean, b.change.ci95)}`] : []),
  ];
  const labelExpr = shown.reduceRight(
    (rest, b) => `datum.label === ${JSON.stringify(b.band)} ? ${JSON.stringify(bandLines(b))} : ${rest}`,
    "datum.label",
  );
  const points = shown.flatMap((b) =>
    [THEN, NOW].map((w) => {
      const m = w === THEN ? b.then : b.now;
      return {
        band: b.band,
        when: w.key,
        n: b.n,
        mean: m.mean,
        lo: m.ci95[0],
        hi: m.ci95[1],
        text: formatEstimate(m.mean, m.ci95),
      };
    }),
  );
  const pairs = shown.map((b) => ({ band: b.band, then: b.then.mean, now: b.now.mean }));
  const subtitle = [
    "Mean with 95% CI; change: paired difference. Starting values are recalled.",
    "Cross-sectional: associations, not causes.",
  ];
  if (shown.length < input.bands.length)
    subtitle.push(`Bands with fewer than ${k} respondents are not shown.`);

  const y: LayerEncoding["y"] = {
    field: "band",
    type: "nominal",
    title: "Years in support",
    sort: shown.map((b) => b.band),
    axis: { labelExpr, labelLineHeight: 15, ticks: false, domain: false },
  };
  const x = (field: string, title?: string): LayerEncoding["x"] => ({
    field,
    type: "quantitative",
    scale: { domain: [0, 10], nice: false },
    ...(title ? { title } : {}),
  });
  const when: LayerEncoding["color"] = {
    field: "when",
    type: "nominal",
    title: null,
    sort: [THEN.key, NOW.key],
    scale: { domain: [THEN.key, NOW.key], range: [THEN.color, NOW.color] },
    legend: { symbolOpacity: 1, symbolSize: 90 },
  };
  const yOffset: LayerEncoding["yOffset"] = {
    field: "when",
    type: "nominal",
    sort: [THEN.key, NOW.key],
    scale: { paddingOuter: 0.6 },
  };
  const spec: LayeredSpec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    description: "",
    title: chartTitle(title, subtitle),
    width: CHART_WIDTH,
    height: (input.bands.some((b) => b.change) ? 64 : 52) * Math.max(shown.length, 1),
    autosize: { type: "fit-x", contains: "padding" },
    config: chartConfig(),
    datasets: { points, pairs },
    encoding: { y },
    layer: [
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
        encoding: {
          x: x("mean"),
          yOffset,
          color: when,
          shape: {
            field: "when",
            type: "nominal",
            title: null,
            sort: [THEN.key, NOW.key],
            scale: { domain: [THEN.key, NOW.key], range: [THEN.shape, NOW.shape] },
            legend: { symbolOpacity: 1, symbolSize: 90 },
          },
          tooltip: [
            { field: "band", title: "Years in support" },
            { field: "when", title: "Rating" },
            { field: "n", title: "n" },
            { field: "text", title: "Mean [95% CI]" },
          ],
        },
      },
    ],
  };

  const words = (b: CapacityBandEstimate) =>
    `${b.band} (n = ${b.n}): ${formatEstimate(b.then.mean, b.then.ci95, 1, "words")} when starting, ` +
    `${formatEstimate(b.now.mean, b.now.ci95, 1, "words")} now`;
  const first = shown[0];
  const last = shown[shown.length - 1];
  const altText =
    first && last
      ? `Mean capacity to invest in customers (0–10), recalled for the start and rated now, by years in support: ` +
        `${words(first)}${last !== first ? `; ${words(last)}` : ""}. Cross-sectional data: associations, not causes.`
      : `No tenure band can be shown: each has fewer than ${k} respondents or protects one that has.`;
  spec.description = altText;

  const hasChange = input.bands.some((b) => b.change !== undefined);
  return {
    id: "capacity-then-now",
    title,
    spec,
    altText,
    table: {
      columns: [
        { key: "band", label: "Years in support" },
        { key: "n", label: "n" },
        { key: "thenMean", label: "When starting, mean", unit: "0–10" },
        { key: "thenLow", label: "When starting, 95% CI lower", unit: "0–10" },
        { key: "thenHigh", label: "When starting, 95% CI upper", unit: "0–10" },
        { key: "nowMean", label: "Now, mean", unit: "0–10" },
        { key: "nowLow", label: "Now, 95% CI lower", unit: "0–10" },
        { key: "nowHigh", label: "Now, 95% CI upper", unit: "0–10" },
        ...(hasChange
          ? [
              { key: "change", label: "Change (now − start)", unit: "points" },
              { key: "changeLow", label: "Change, 95% CI lower", unit: "points" },
              { key: "changeHigh", label: "Change, 95% CI upper", unit: "points" },
            ]
          : []),
        { key: "note", label: "Note" },
      ],
      rows: input.bands.map((b, i) => {
        const show = status[i] === "shown";
        const v = (x: number | undefined) => (show && x !== undefined ? x : null);
        return {
          band: b.band,
          n: show ? b.n : null,
          thenMean: v(b.then.mean),
          thenLow: v(b.then.ci95[0]),
          thenHigh: v(b.then.ci95[1]),
          nowMean: v(b.now.mean),
          nowLow: v(b.now.ci95[0]),
          nowHigh: v(b.now.ci95[1]),
          ...(hasChange
            ? { change: v(b.change?.mean), changeLow: v(b.change?.ci95[0]), changeHigh: v(b.change?.ci95[1]) }
            : {}),
          note: cellNote(status[i]!, b.n, k, lowBelow),
        };
      }),
    },
  };
}
