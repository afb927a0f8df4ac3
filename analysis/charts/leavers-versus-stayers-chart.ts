import { assertMeanEstimate } from "./assert-mean-estimate";
import { cellNote } from "./cell-note";
import { CHART_WIDTH, INK, OKABE_ITO, chartConfig } from "./chart-config";
import { chartTitle } from "./chart-title";
import type { ChartOptions, ChartOutput, MeanEstimate } from "./chart-types";
import { formatEstimate } from "./format-estimate";
import { precisionPointLayers } from "./precision-point-layers";
import type { LayerEncoding, LayeredSpec } from "./vega-lite-types";
import { suppressGroupedBands } from "../disclosure/suppress-grouped-bands";
import { inSentence } from "./in-sentence";

/** Mean erosion of people who left support, in one band of years since leaving. */
export interface YearsSinceLeavingEstimate extends MeanEstimate {
  /** display label, e.g. "1–3 years ago" */
  band: string;
  /** where the mean is drawn on the x axis (years since leaving, e.g. the band's median) */
  x: number;
}

/** Input of {@link leaversVersusStayersChart}. */
export interface LeaversVersusStayersInput {
  /** outcome name, e.g. "Personal burnout" (a 0–100 score) */
  outcome: string;
  /** people still in support */
  stayers: MeanEstimate;
  /** all leavers pooled (its n is the leavers' total; defaults to the sum of the bands' n) */
  leavers?: MeanEstimate;
  /** leavers by years since leaving, in increasing order */
  byYearsSinceLeaving: YearsSinceLeavingEstimate[];
  /** one sentence added to the subtitle, e.g. the equivalence test ("TOST ±5 points: p = .003") */
  note?: string;
  title?: string;
}

const LEAVERS = OKABE_ITO.vermillion;
const STAYERS = INK.muted;

/**
 * Erosion (0–100) of people who left support, by years since leaving (means with 95 % CIs and n), against a
 * reference band for people still in support (their mean and 95 % CI across the plot).
 *
 * Method: vega-lite layers — the stayers' CI as a shaded band with its mean as a dashed rule (their numbers in
 * the subtitle), then the leavers' CI rules, points (open when low precision) and n labels. Small cells:
 * {@link suppressGroupedBands} with stayers and leavers as the two groups (their sum is the total analysed)
 * and the years-since-leaving bands as the leavers' cells; the pooled leavers' mean is shown only with them.
 *
 * Cost: O(B) for B bands (plus the suppression's O(B²)).
 *
 * @throws Error "leaversVersusStayersChart requires <what> to have an integer n, …" for bad shown numbers
 * @throws errors of {@link suppressSmallCells}
 * @example
 * leaversVersusStayersChart({ outcome: "Personal burnout", stayers, byYearsSinceLeaving }, { minCellSize: 10 });
 */
export function leaversVersusStayersChart(
  input: LeaversVersusStayersInput,
  options: ChartOptions,
): ChartOutput {
  const k = options.minCellSize;
  const lowBelow = options.lowPrecisionBelow ?? 30;
  const bands = input.byYearsSinceLeaving;
  const leaversN = input.leavers?.n ?? bands.reduce((sum, b) => sum + b.n, 0);
  const status = suppressGroupedBands(
    [
      { n: input.stayers.n, bands: [{ band: "stayers", n: input.stayers.n }] },
      { n: leaversN, bands },
    ],
    k,
  );
  const stayersShown = status.groups[0] === "shown";
  const leaversShown = status.groups[1] === "shown";
  const bandShown = (i: number) => status.bands[1]![i] === "shown";
  if (stayersShown) assertMeanEstimate(input.stayers, "leaversVersusStayersChart", "stayers");
  if (leaversShown && input.leavers)
    assertMeanEstimate(input.leavers, "leaversVersusStayersChart", "leavers");
  bands.forEach((b, i) => {
    if (bandShown(i)) assertMeanEstimate(b, "leaversVersusStayersChart", `band ${b.band}`);
    if (bandShown(i) && !Number.isFinite(b.x))
      throw new Error("leaversVersusStayersChart requires a finite x for every band");
  });
  const outcome = inSentence(input.outcome);
  const title = input.title ?? `${input.outcome} after leaving support`;

  const points = bands
    .filter((_, i) => bandShown(i))
    .map((b) => ({
      band: b.band,
      x: b.x,
      n: b.n,
      mean: b.mean,
      lo: b.ci95[0],
      hi: b.ci95[1],
      text: formatEstimate(b.mean, b.ci95),
      nLabel: `n = ${b.n}`,
      lowPrecision: b.n < lowBelow,
    }));
  const s = input.stayers;
  const stayers = stayersShown
    ? [{ mean: s.mean, lo: s.ci95[0], hi: s.ci95[1], text: formatEstimate(s.mean, s.ci95), n: s.n }]
    : [];
  const subtitle = [
    "Points: people who left support, mean with 95% CI by years since leaving.",
    stayersShown
      ? `Grey band: people still in support, ${formatEstimate(s.mean, s.ci95)}, n = ${s.n}.`
      : `People still in support are not shown (fewer than ${k}, or protecting a smaller group).`,
    ...(input.note ? [input.note] : []),
    "Cross-sectional: associations, not causes (who leaves is not random).",
  ];
  if (points.some((p) => p.lowPrecision))
    subtitle.push(`Open symbols: fewer than ${lowBelow} respondents (low precision).`);
  if (status.bands.flat().some((x) => x !== "shown"))
    subtitle.push(`Groups with fewer than ${k} respondents are not shown.`);

  const y = (field: string, title?: string): LayerEncoding["y"] => ({
    field,
    type: "quantitative",
    scale: { domain: [0, 100], nice: false },
    axis: { tickCount: 5 },
    ...(title ? { title } : {}),
  });
  const x: LayerEncoding["x"] = {
    field: "x",
    type: "quantitative",
    title: "Years since leaving customer support",
    // room right of the last point, never negative years
    scale: { domain: [0, Math.ceil(Math.max(1, ...points.map((p) => p.x)) * 1.1)], nice: false },
  };
  const tooltip = [
    { field: "band", title: "Left" },
    { field: "n", title: "n" },
    { field: "text", title: "Mean [95% CI]" },
  ];
  const spec: LayeredSpec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    description: "",
    title: chartTitle(title, subtitle),
    width: CHART_WIDTH,
    height: 320,
    autosize: { type: "fit-x", contains: "padding" },
    config: chartConfig(),
    datasets: { points, stayers },
    layer: [
      {
        name: "stayers_ci",
        data: { name: "stayers" },
        mark: { type: "rect", color: STAYERS, opacity: 0.15 },
        encoding: { y: y("lo", `${input.outcome} (score 0–100)`), y2: { field: "hi" } },
      },
      {
        name: "stayers_mean",
        data: { name: "stayers" },
        mark: { type: "rule", color: STAYERS, strokeWidth: 2, strokeDash: [6, 4] },
        encoding: { y: y("mean") },
      },
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
        mark: { type: "text", baseline: "bottom", dy: -6, fontSize: 11, color: INK.muted },
        encoding: { x, y: y("hi"), text: { field: "nLabel" } },
      },
    ],
  };

  const shownBands = bands.filter((_, i) => bandShown(i));
  const first = shownBands[0];
  const last = shownBands[shownBands.length - 1];
  const at = (b: YearsSinceLeavingEstimate) =>
    `${formatEstimate(b.mean, b.ci95, 1, "words")} ${b.band} (n = ${b.n})`;
  const parts: string[] = [];
  if (first && last)
    parts.push(
      `Mean ${outcome} (0–100) of people who left support was ${at(first)}${last !== first ? ` and ${at(last)}` : ""}`,
    );
  if (stayersShown)
    parts.push(
      `${parts.length ? "against" : `Mean ${outcome} (0–100) was`} ${formatEstimate(s.mean, s.ci95, 1, "words")} for people still in support (n = ${s.n})`,
    );
  const altText = parts.length
    ? `${parts.join(", ")}. Cross-sectional data: associations, not causes.`
    : `Neither leavers nor stayers can be shown: groups have fewer than ${k} respondents or protect one that has.`;
  spec.description = altText;

  const row = (
    group: string,
    band: string,
    e: MeanEstimate | undefined,
    st: "shown" | "primary" | "complementary",
  ) => {
    const show = st === "shown" && e !== undefined;
    return {
      group,
      band,
      n: show ? e.n : null,
      mean: show ? e.mean : null,
      ciLow: show ? e.ci95[0] : null,
      ciHigh: show ? e.ci95[1] : null,
      note: e === undefined ? "" : cellNote(st, e.n, k, lowBelow),
    };
  };
  const rows = [
    row("Still in support", "", input.stayers, status.groups[0]!),
    ...(input.leavers ? [row("Left support", "all", input.leavers, status.groups[1]!)] : []),
    ...bands.map((b, i) => row("Left support", b.band, b, status.bands[1]![i]!)),
  ];
  return {
    id: "leavers-versus-stayers",
    title,
    spec,
    altText,
    table: {
      columns: [
        { key: "group", label: "Group" },
        { key: "band", label: "Years since leaving" },
        { key: "n", label: "n" },
        { key: "mean", label: `Mean ${outcome}`, unit: "score 0–100" },
        { key: "ciLow", label: "95% CI, lower", unit: "score 0–100" },
        { key: "ciHigh", label: "95% CI, upper", unit: "score 0–100" },
        { key: "note", label: "Note" },
      ],
      rows,
    },
  };
}
