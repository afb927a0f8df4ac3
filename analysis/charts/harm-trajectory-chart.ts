import { assertMeanEstimate } from "./assert-mean-estimate";
import type { CellStatus } from "../disclosure/suppress-small-cells";
import { suppressGroupedBands } from "../disclosure/suppress-grouped-bands";
import type { ChartOptions, ChartOutput, ChartTable, CurvePoint, MeanEstimate } from "./chart-types";
import { clipCurve } from "./clip-curve";
import { formatEstimate } from "./format-estimate";
import { harmHiddenNote } from "./harm-hidden-note";
import { harmTrajectorySpec } from "./harm-trajectory-spec";
import { inSentence } from "./in-sentence";
import { meanTableCells, meanTableColumns, publicationRule, type PublicationRule } from "./mean-rows";
import { supportLevelStyle, type SupportLevel } from "./support-level-style";

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
  /** the whole group was withheld by the analysis, and why */
  hidden?: "primary" | "complementary";
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

/** One input group under the small-cell rule: its bands' status, the bands shown and its curve over them. */
export interface HarmGroupCells {
  group: HarmTrajectoryGroup;
  /** status of each band, in input order */
  bands: CellStatus[];
  visible: TenureBandEstimate[];
  /** total shown and at least one band shown (a group can lose all its bands yet keep a shown total) */
  drawn: boolean;
  /** the curve clipped to the shown bands ({@link clipCurve}); empty when the group is not drawn */
  curve: CurvePoint[];
}

/**
 * Step 1, suppress: {@link suppressGroupedBands} over the groups and their bands, every shown band checked, and
 * each drawn group's curve clipped to its shown bands so it reveals nothing about hidden ones.
 */
function harmCells(input: HarmTrajectoryInput, k: number): HarmGroupCells[] {
  const status = suppressGroupedBands(input.groups, k);
  return input.groups.map((group, gi) => {
    const bands = status.bands[gi]!;
    const visible = group.bands.filter((_, b) => bands[b] === "shown");
    for (const b of visible) {
      assertMeanEstimate(b, "harmTrajectoryChart", `band ${b.band} of ${group.level}`);
      if (!Number.isFinite(b.x)) throw new Error("harmTrajectoryChart requires a finite x for every band");
    }
    const drawn = status.groups[gi] === "shown" && bands.includes("shown");
    const curve = drawn ? clipCurve(group.curve, visible, "harmTrajectoryChart") : [];
    return { group, bands, visible, drawn, curve };
  });
}

/** Step 2, table: one row per group and band, hidden cells with null numbers and their note. */
function harmTable(input: HarmTrajectoryInput, cells: HarmGroupCells[], rule: PublicationRule): ChartTable {
  const note = harmHiddenNote(cells, rule.k);
  return {
    ...(note ? { note } : {}),
    columns: [
      { key: "support", label: "Institutional support" },
      { key: "band", label: "Years in support" },
      ...meanTableColumns(`Mean ${inSentence(input.outcome)}`, "score 0–100"),
    ],
    rows: cells.flatMap(({ group, bands }) =>
      group.bands.map((b, bi) => ({
        support: supportLevelStyle(group.level).label,
        band: b.band,
        ...meanTableCells(b, bands[bi]!, rule),
      })),
    ),
  };
}

/** Step 3, alt text: each drawn group's first and last shown band, with n. */
function harmAltText(input: HarmTrajectoryInput, cells: HarmGroupCells[], k: number): string {
  const at = (b: TenureBandEstimate) =>
    `${formatEstimate(b.mean, b.ci95, 1, "words")} at ${b.band} (n = ${b.n})`;
  const sentences = cells
    .filter((cell) => cell.drawn)
    .map(({ group, visible }) => {
      const first = visible[0]!;
      const last = visible[visible.length - 1]!;
      return (
        `${at(first)}${visible.length > 1 ? ` and ${at(last)}` : ""} with ` +
        `${supportLevelStyle(group.level).label.toLowerCase()} institutional support (n = ${group.n})`
      );
    });
  const hiddenNote = harmHiddenNote(cells, k);
  return sentences.length > 0
    ? `Mean ${inSentence(input.outcome)} (0–100) was ${sentences.join("; ")}. ` +
        "Cross-sectional data: associations, not causes." +
        (hiddenNote ? ` ${hiddenNote}` : "")
    : `No trajectory can be shown. ${hiddenNote}`;
}

/**
 * The harm trajectory: mean erosion (0–100) with 95 % CIs per tenure band and a fitted curve with its 95 %
 * band, one colour, shape and dash per institutional-support level, and the cross-sectional caveat.
 *
 * Steps: suppress ({@link harmCells}) → table → alt text → spec ({@link harmTrajectorySpec}).
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
  const rule = publicationRule(options);
  const cells = harmCells(input, rule.k);
  const table = harmTable(input, cells, rule);
  const altText = harmAltText(input, cells, rule.k);
  const title = input.title ?? `${input.outcome} by years in support`;
  const spec = harmTrajectorySpec(input, cells, rule, { title, altText });
  const narrowSpec = harmTrajectorySpec(input, cells, rule, { title, altText }, "narrow");
  return { id: "harm-trajectory", title, spec, narrowSpec, altText, table };
}
