import { type CellStatus, suppressSmallCells } from "../disclosure/suppress-small-cells";
import { assertMeanEstimate } from "./assert-mean-estimate";
import { capacityThenNowSpec } from "./capacity-then-now-spec";
import { cellNote } from "./cell-note";
import type { ChartColumn, ChartOptions, ChartOutput, ChartTable } from "./chart-types";
import { formatEstimate } from "./format-estimate";
import { hiddenCellsSentence } from "./hidden-cells-sentence";
import { publicationRule, type PublicationRule } from "./mean-rows";

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
  /** already withheld by the analysis, and why: kept hidden and said so (its numbers are not read) */
  hidden?: "primary" | "complementary";
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

/** The bands under the small-cell rule: each band's status and the bands shown. */
export interface CapacityCells {
  status: CellStatus[];
  shown: CapacityBandEstimate[];
  /** how many bands are hidden, of each kind ({@link hiddenCellsSentence}); "" when none is */
  hiddenNote: string;
}

/** Step 1, suppress: {@link suppressSmallCells} with all bands in one margin; every shown mean is checked. */
function capacityCells(input: CapacityThenNowInput, k: number): CapacityCells {
  const status = suppressSmallCells(
    input.bands.map((b) => ({ n: b.n, margins: ["all"], preset: b.hidden })),
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
  return { status, shown, hiddenNote: hiddenCellsSentence(status, k, "band") };
}

const CAPACITY_COLUMNS: ChartColumn[] = [
  { key: "band", label: "Years in support" },
  { key: "n", label: "n" },
  { key: "thenMean", label: "When starting, mean", unit: "0–10" },
  { key: "thenLow", label: "When starting, 95% CI lower", unit: "0–10" },
  { key: "thenHigh", label: "When starting, 95% CI upper", unit: "0–10" },
  { key: "nowMean", label: "Now, mean", unit: "0–10" },
  { key: "nowLow", label: "Now, 95% CI lower", unit: "0–10" },
  { key: "nowHigh", label: "Now, 95% CI upper", unit: "0–10" },
];
const CHANGE_COLUMNS: ChartColumn[] = [
  { key: "change", label: "Change (now − start)", unit: "points" },
  { key: "changeLow", label: "Change, 95% CI lower", unit: "points" },
  { key: "changeHigh", label: "Change, 95% CI upper", unit: "points" },
];

/** Step 2, table: one row per band (the change columns when any band has a change), hidden ones with nulls. */
function capacityTable(input: CapacityThenNowInput, cells: CapacityCells, rule: PublicationRule): ChartTable {
  const hasChange = input.bands.some((b) => b.change !== undefined);
  return {
    ...(cells.hiddenNote ? { note: cells.hiddenNote } : {}),
    columns: [...CAPACITY_COLUMNS, ...(hasChange ? CHANGE_COLUMNS : []), { key: "note", label: "Note" }],
    rows: input.bands.map((b, i) => {
      const show = cells.status[i] === "shown";
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
        note: cellNote(cells.status[i]!, b.n, rule.k, rule.lowBelow),
      };
    }),
  };
}

/** Step 3, alt text: the first and last shown band, then and now, with n. */
function capacityAltText(cells: CapacityCells, k: number): string {
  const words = (b: CapacityBandEstimate) =>
    `${b.band} (n = ${b.n}): ${formatEstimate(b.then.mean, b.then.ci95, 1, "words")} when starting, ` +
    `${formatEstimate(b.now.mean, b.now.ci95, 1, "words")} now`;
  const first = cells.shown[0];
  const last = cells.shown[cells.shown.length - 1];
  return first && last
    ? `Mean capacity to invest in customers (0–10), recalled for the start and rated now, by years in support: ` +
        `${words(first)}${last !== first ? `; ${words(last)}` : ""}. Cross-sectional data: associations, not causes.` +
        (cells.hiddenNote ? ` ${cells.hiddenNote}` : "")
    : `No tenure band can be shown. ${hiddenCellsSentence(cells.status, k, "band")}`;
}

/**
 * Capacity to invest in customers (0–10) when respondents started in support and now, per tenure band:
 * a dumbbell of the two means with their 95 % CIs, n (and the paired change when given) beside each band.
 *
 * Steps: suppress ({@link capacityCells}) → table → alt text → spec ({@link capacityThenNowSpec}).
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
  const rule = publicationRule(options);
  const cells = capacityCells(input, rule.k);
  const table = capacityTable(input, cells, rule);
  const altText = capacityAltText(cells, rule.k);
  const title = input.title ?? "Capacity to invest in customers, when starting and now";
  const spec = capacityThenNowSpec(input, cells, rule, { title, altText });
  const narrowSpec = capacityThenNowSpec(input, cells, rule, { title, altText }, "narrow");
  return { id: "capacity-then-now", title, spec, narrowSpec, altText, table };
}
