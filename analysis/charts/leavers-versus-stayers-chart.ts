import { type GroupedBandsStatus, suppressGroupedBands } from "../disclosure/suppress-grouped-bands";
import type { CellStatus } from "../disclosure/suppress-small-cells";
import { assertMeanEstimate } from "./assert-mean-estimate";
import type { ChartOptions, ChartOutput, ChartTable, MeanEstimate } from "./chart-types";
import { formatEstimate } from "./format-estimate";
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

/** Stayers and leavers under the small-cell rule: the statuses, whether the stayers show, the bands shown. */
export interface LeaversCells {
  /** groups: [stayers, leavers]; bands: [[stayers], leavers' years-since-leaving bands] */
  status: GroupedBandsStatus;
  stayersShown: boolean;
  shownBands: YearsSinceLeavingEstimate[];
  /** how many table rows are hidden, of each kind ({@link hiddenCellsSentence}); "" when none is */
  hiddenNote: string;
}

/**
 * Step 1, suppress: {@link suppressGroupedBands} with stayers and leavers as the two groups (their sum is the
 * total analysed) and the years-since-leaving bands as the leavers' cells; shown estimates are checked.
 */
function leaversCells(input: LeaversVersusStayersInput, k: number): LeaversCells {
  const bands = input.byYearsSinceLeaving;
  const leaversN = input.leavers?.n ?? bands.reduce((sum, b) => sum + b.n, 0);
  const status = suppressGroupedBands(
    [
      { n: input.stayers.n, hidden: input.stayers.hidden, bands: [{ band: "stayers", ...input.stayers }] },
      { n: leaversN, hidden: input.leavers?.hidden, bands },
    ],
    k,
  );
  const stayersShown = status.groups[0] === "shown";
  const bandShown = (i: number) => status.bands[1]![i] === "shown";
  if (stayersShown) assertMeanEstimate(input.stayers, "leaversVersusStayersChart", "stayers");
  if (status.groups[1] === "shown" && input.leavers)
    assertMeanEstimate(input.leavers, "leaversVersusStayersChart", "leavers");
  bands.forEach((b, i) => {
    if (bandShown(i)) assertMeanEstimate(b, "leaversVersusStayersChart", `band ${b.band}`);
    if (bandShown(i) && !Number.isFinite(b.x))
      throw new Error("leaversVersusStayersChart requires a finite x for every band");
  });
  const rows = [status.groups[0]!, ...(input.leavers ? [status.groups[1]!] : []), ...status.bands[1]!];
  const hiddenNote = hiddenCellsSentence(rows, k, "group");
  return { status, stayersShown, shownBands: bands.filter((_, i) => bandShown(i)), hiddenNote };
}

/** Step 2, table: the stayers, the pooled leavers (when given) and each band, hidden ones with nulls. */
function leaversTable(
  input: LeaversVersusStayersInput,
  cells: LeaversCells,
  rule: PublicationRule,
): ChartTable {
  const { groups, bands } = cells.status;
  const row = (group: string, band: string, e: MeanEstimate, status: CellStatus) => ({
    group,
    band,
    ...meanTableCells(e, status, rule),
  });
  return {
    ...(cells.hiddenNote ? { note: cells.hiddenNote } : {}),
    columns: [
      { key: "group", label: "Group" },
      { key: "band", label: "Years since leaving" },
      ...meanTableColumns(`Mean ${inSentence(input.outcome)}`, "score 0–100"),
    ],
    rows: [
      row("Still in support", "", input.stayers, groups[0]!),
      ...(input.leavers ? [row("Left support", "all", input.leavers, groups[1]!)] : []),
      ...input.byYearsSinceLeaving.map((b, i) => row("Left support", b.band, b, bands[1]![i]!)),
    ],
  };
}

/** Step 3, alt text: the first and last shown band of leavers, against the stayers when they are shown. */
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
  if (cells.stayersShown)
    parts.push(
      `${parts.length ? "against" : `Mean ${outcome} (0–100) was`} ${formatEstimate(s.mean, s.ci95, 1, "words")} for people still in support (n = ${s.n})`,
    );
  return parts.length
    ? `${parts.join(", ")}. Cross-sectional data: associations, not causes.` +
        (cells.hiddenNote ? ` ${cells.hiddenNote}` : "")
    : `Neither leavers nor stayers can be shown. ${cells.hiddenNote}`;
}

/**
 * Erosion (0–100) of people who left support, by years since leaving (means with 95 % CIs and n), against a
 * reference band for people still in support (their mean and 95 % CI across the plot).
 *
 * Steps: suppress ({@link leaversCells}) → table → alt text → spec ({@link leaversVersusStayersSpec}).
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
  const rule = publicationRule(options);
  const cells = leaversCells(input, rule.k);
  const table = leaversTable(input, cells, rule);
  const altText = leaversAltText(input, cells);
  const title = input.title ?? `${input.outcome} after leaving support`;
  const spec = leaversVersusStayersSpec(input, cells, rule, { title, altText });
  return { id: "leavers-versus-stayers", title, spec, altText, table };
}
