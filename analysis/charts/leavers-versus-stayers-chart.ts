import { suppressGroupedBands } from "../disclosure/suppress-grouped-bands";
import type { CellStatus } from "../disclosure/suppress-small-cells";
import { assertMeanEstimate } from "./assert-mean-estimate";
import type { ChartOptions, ChartOutput, ChartTable, CurvePoint, MeanEstimate } from "./chart-types";
import { formatEstimate } from "./format-estimate";
import { formatNumber } from "./format-number";
import { hiddenCellsSentence } from "./hidden-cells-sentence";
import { inSentence } from "./in-sentence";
import { leaversVersusStayersSpec } from "./leavers-versus-stayers-spec";
import { meanTableCells, meanTableColumns, publicationRule, type PublicationRule } from "./mean-rows";

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
  /** people still in support; absent when they were not asked (an outcome asked only of leavers) */
  stayers?: MeanEstimate;
  /** all leavers pooled (its n is the leavers' total; defaults to the sum of the bands' n) */
  leavers?: MeanEstimate;
  /** leavers by years since leaving, in increasing order */
  byYearsSinceLeaving: YearsSinceLeavingEstimate[];
  /**
   * the fitted curve over the leavers with its 95 % band (e.g. a spline of years since leaving, adjusted for
   * years in support), drawn only while the leavers are shown
   */
  curve?: CurvePoint[];
  /** what the curve is, for the subtitle (default "fitted curve") */
  curveLabel?: string;
  /** a sentence added to the subtitle, the alt text and the table note, e.g. the verdict with its bound */
  note?: string;
  title?: string;
  /** the chart id (default "leavers-versus-stayers") */
  id?: string;
}

/** Stayers and leavers under the small-cell rule: the statuses, whether the stayers show, the bands shown. */
export interface LeaversCells {
  /** the stayers' status, null when they were not asked */
  stayers: CellStatus | null;
  leavers: CellStatus;
  /** the status of each years-since-leaving band, in input order */
  bands: CellStatus[];
  stayersShown: boolean;
  shownBands: YearsSinceLeavingEstimate[];
  /** the curve points to draw: all of them while the leavers are shown, none otherwise */
  curve: CurvePoint[];
  /** how many table rows are hidden, of each kind ({@link hiddenCellsSentence}); "" when none is */
  hiddenNote: string;
}

/**
 * Step 1, suppress: {@link suppressGroupedBands} with stayers (when asked) and leavers as the groups (their sum is
 * the total analysed) and the years-since-leaving bands as the leavers' cells; shown estimates are checked.
 */
function leaversCells(input: LeaversVersusStayersInput, k: number): LeaversCells {
  const bands = input.byYearsSinceLeaving;
  const leaversN = input.leavers?.n ?? bands.reduce((sum, b) => sum + b.n, 0);
  const s = input.stayers;
  const status = suppressGroupedBands(
    [
      ...(s ? [{ n: s.n, hidden: s.hidden, bands: [{ band: "stayers", ...s }] }] : []),
      { n: leaversN, hidden: input.leavers?.hidden, bands },
    ],
    k,
  );
  const [stayers, leavers] = s ? [status.groups[0]!, status.groups[1]!] : [null, status.groups[0]!];
  const bandStatus = status.bands[s ? 1 : 0]!;
  const stayersShown = stayers === "shown";
  if (stayersShown) assertMeanEstimate(s!, "leaversVersusStayersChart", "stayers");
  if (leavers === "shown" && input.leavers)
    assertMeanEstimate(input.leavers, "leaversVersusStayersChart", "leavers");
  bands.forEach((b, i) => {
    if (bandStatus[i] === "shown") assertMeanEstimate(b, "leaversVersusStayersChart", `band ${b.band}`);
    if (bandStatus[i] === "shown" && !Number.isFinite(b.x))
      throw new Error("leaversVersusStayersChart requires a finite x for every band");
  });
  const curve = leavers === "shown" ? (input.curve ?? []) : [];
  if (curve.some((p) => ![p.x, p.fit, p.lo, p.hi].every(Number.isFinite)))
    throw new Error("leaversVersusStayersChart requires finite curve points");
  const rows = [...(stayers ? [stayers] : []), ...(input.leavers ? [leavers] : []), ...bandStatus];
  const hiddenNote = hiddenCellsSentence(rows, k, "group");
  const shownBands = bands.filter((_, i) => bandStatus[i] === "shown");
  return { stayers, leavers, bands: bandStatus, stayersShown, shownBands, curve, hiddenNote };
}

/** Every fourth point of the curve (its ends included), for the table. */
const curveRows = (curve: CurvePoint[]) => curve.filter((_, i) => i % 4 === 0 || i === curve.length - 1);

/** Step 2, table: the stayers, the pooled leavers (when given), each band, then the fitted curve's points. */
function leaversTable(
  input: LeaversVersusStayersInput,
  cells: LeaversCells,
  rule: PublicationRule,
): ChartTable {
  const row = (group: string, band: string, e: MeanEstimate, status: CellStatus) => ({
    group,
    band,
    ...meanTableCells(e, status, rule),
  });
  const curveLabel = `${input.curveLabel ?? "Fitted curve"}, 95% band`;
  const note = [cells.leavers === "shown" ? input.note : "", cells.hiddenNote].filter(Boolean).join(" ");
  return {
    ...(note ? { note } : {}),
    columns: [
      { key: "group", label: "Group" },
      { key: "band", label: "Years since leaving" },
      ...meanTableColumns(`Mean ${inSentence(input.outcome)}`, "score 0–100"),
    ],
    rows: [
      ...(input.stayers && cells.stayers ? [row("Still in support", "", input.stayers, cells.stayers)] : []),
      ...(input.leavers ? [row("Left support", "all", input.leavers, cells.leavers)] : []),
      ...input.byYearsSinceLeaving.map((b, i) => row("Left support", b.band, b, cells.bands[i]!)),
      ...curveRows(cells.curve).map((p) => ({
        group: curveLabel,
        band: `${formatNumber(p.x)} years`,
        n: null,
        mean: p.fit,
        ciLow: p.lo,
        ciHigh: p.hi,
        note: "model prediction",
      })),
    ],
  };
}

/** The curve's two ends, for the alt text. */
function curveSentence(input: LeaversVersusStayersInput, curve: CurvePoint[]): string {
  const [first, last] = [curve[0], curve[curve.length - 1]];
  if (!first || !last) return "";
  const at = (p: CurvePoint) =>
    `${formatEstimate(p.fit, [p.lo, p.hi], 1, "words")} at ${formatNumber(p.x)} years since leaving`;
  return ` The ${input.curveLabel ?? "fitted curve"} runs from ${at(first)} to ${at(last)}.`;
}

/** Step 3, alt text: the first and last shown band of leavers, against the stayers when shown; curve; note. */
function leaversAltText(input: LeaversVersusStayersInput, cells: LeaversCells): string {
  const outcome = inSentence(input.outcome);
  const s = input.stayers;
  const first = cells.shownBands[0];
  const last = cells.shownBands[cells.shownBands.length - 1];
  const at = (b: YearsSinceLeavingEstimate) =>
    `${formatEstimate(b.mean, b.ci95, 1, "words")} ${b.band} (n = ${b.n})`;
  const parts: string[] = [];
  if (first && last)
    parts.push(
      `Mean ${outcome} (0–100) of people who left support was ${at(first)}${last !== first ? ` and ${at(last)}` : ""}`,
    );
  if (cells.stayersShown && s)
    parts.push(
      `${parts.length ? "against" : `Mean ${outcome} (0–100) was`} ${formatEstimate(s.mean, s.ci95, 1, "words")} for people still in support (n = ${s.n})`,
    );
  const rest =
    curveSentence(input, cells.curve) +
    (input.note && cells.leavers === "shown" ? ` ${input.note}` : "") +
    (cells.hiddenNote ? ` ${cells.hiddenNote}` : "");
  return parts.length
    ? `${parts.join(", ")}.${rest} Cross-sectional data: associations, not causes.`
    : `Neither leavers nor stayers can be shown. ${cells.hiddenNote}`;
}

/**
 * Erosion (0–100) of people who left support, by years since leaving (band means with 95 % CIs and n, and the
 * fitted curve with its 95 % band when given), against a reference band for people still in support (their mean
 * and 95 % CI across the plot) when they were asked.
 *
 * Steps: suppress ({@link leaversCells}) → table → alt text → spec ({@link leaversVersusStayersSpec}).
 *
 * Method: vega-lite layers — the stayers' CI as a shaded band with its mean as a dashed rule (their numbers in
 * the subtitle), the curve's 95 % band and line, then the leavers' CI rules, points (open when low precision)
 * and n labels. Small cells:
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
  const rule = publicationRule(options);
  const cells = leaversCells(input, rule.k);
  const table = leaversTable(input, cells, rule);
  const altText = leaversAltText(input, cells);
  const title = input.title ?? `${input.outcome} after leaving support`;
  const spec = leaversVersusStayersSpec(input, cells, rule, { title, altText });
  const narrowSpec = leaversVersusStayersSpec(input, cells, rule, { title, altText }, "narrow");
  return { id: input.id ?? "leavers-versus-stayers", title, spec, narrowSpec, altText, table };
}
