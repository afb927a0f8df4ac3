import { type CellStatus, suppressSmallCells } from "../disclosure/suppress-small-cells";
import { assertMeanEstimate } from "./assert-mean-estimate";
import type { ChartOptions, ChartOutput, ChartTable, MeanEstimate } from "./chart-types";
import { erosionBySupportSpec } from "./erosion-by-support-spec";
import { formatEstimate } from "./format-estimate";
import { hiddenCellsSentence } from "./hidden-cells-sentence";
import { inSentence } from "./in-sentence";
import { meanTableCells, meanTableColumns, publicationRule, type PublicationRule } from "./mean-rows";
import { supportLevelStyle, type SupportLevel } from "./support-level-style";

/** Mean erosion of one institutional-support group. */
export interface SupportGroupEstimate extends MeanEstimate {
  level: SupportLevel;
}

/** Input of {@link erosionBySupportChart}. */
export interface ErosionBySupportInput {
  /** outcome name, e.g. "Work-related burnout" (a 0–100 score) */
  outcome: string;
  /** the groups compared, e.g. low and high support (drawn in low → high order) */
  groups: SupportGroupEstimate[];
  /** Hedges' g of `first` minus `second` (as `hedgesG(first, second)`) with its 95 % CI */
  effect: { g: number; ci95: readonly [number, number]; first: SupportLevel; second: SupportLevel };
  title?: string;
}

/** The groups under the small-cell rule, in low → high order, and whether the effect size may be shown. */
export interface ErosionCells {
  groups: SupportGroupEstimate[];
  status: CellStatus[];
  shown: SupportGroupEstimate[];
  /** both groups the effect size compares are shown */
  effectShown: boolean;
  /** how many groups are hidden, of each kind ({@link hiddenCellsSentence}); "" when none is */
  hiddenNote: string;
}

const levelLabel = (level: SupportLevel) => supportLevelStyle(level).label;

/** The effect size's name, e.g. "Hedges' g (extreme groups, high − low)": the middle group is left out. */
export const effectName = (effect: ErosionBySupportInput["effect"]) =>
  `Hedges' g (extreme groups, ${levelLabel(effect.first).toLowerCase()} − ${levelLabel(effect.second).toLowerCase()})`;

/**
 * Step 1, suppress: {@link suppressSmallCells} with all groups in one margin (the total analysed is published);
 * shown groups and, when both its groups are shown, the effect size are checked.
 */
function erosionCells(input: ErosionBySupportInput, k: number): ErosionCells {
  const order = (l: SupportLevel) => ["low", "middle", "high"].indexOf(l);
  const groups = [...input.groups].sort((a, b) => order(a.level) - order(b.level));
  const status = suppressSmallCells(
    groups.map((g) => ({ n: g.n, margins: ["all"], preset: g.hidden })),
    k,
  );
  const shown = groups.filter((_, i) => status[i] === "shown");
  shown.forEach((g) => assertMeanEstimate(g, "erosionBySupportChart", `group ${g.level}`));
  const { effect } = input;
  const effectShown = [effect.first, effect.second].every((l) => shown.some((g) => g.level === l));
  if (
    effectShown &&
    !(Number.isFinite(effect.g) && effect.ci95.every(Number.isFinite) && effect.ci95[0] <= effect.ci95[1])
  ) {
    throw new Error("erosionBySupportChart requires a finite effect size with an ordered CI");
  }
  return { groups, status, shown, effectShown, hiddenNote: hiddenCellsSentence(status, k, "group") };
}

/** Step 2, table: one row per group, hidden ones with null numbers and their note. */
function erosionTable(input: ErosionBySupportInput, cells: ErosionCells, rule: PublicationRule): ChartTable {
  return {
    ...(cells.hiddenNote ? { note: cells.hiddenNote } : {}),
    columns: [
      { key: "support", label: "Institutional support" },
      ...meanTableColumns(`Mean ${inSentence(input.outcome)}`, "score 0–100"),
    ],
    rows: cells.groups.map((g, i) => ({
      support: levelLabel(g.level),
      ...meanTableCells(g, cells.status[i]!, rule),
    })),
  };
}

/** Step 3, alt text: each shown group's mean with n, and the effect size when it is shown. */
function erosionAltText(input: ErosionBySupportInput, cells: ErosionCells, k: number): string {
  const { effect } = input;
  const words = cells.shown.map(
    (g) =>
      `${formatEstimate(g.mean, g.ci95, 1, "words")} with ${levelLabel(g.level).toLowerCase()} support (n = ${g.n})`,
  );
  return cells.shown.length > 0
    ? `Mean ${inSentence(input.outcome)} (0–100) was ${words.join(" and ")}` +
        (cells.effectShown
          ? `; ${effectName(effect)} = ${formatEstimate(effect.g, effect.ci95, 2, "words")}.`
          : ".") +
        " Cross-sectional data: associations, not causes." +
        (cells.hiddenNote ? ` ${cells.hiddenNote}` : "")
    : `No support group can be shown. ${hiddenCellsSentence(cells.status, k, "group")}`;
}

/**
 * Mean erosion (0–100) with its 95 % CI per institutional-support group, n on the axis, the mean and CI
 * written beside each, and the effect size (Hedges' g with its CI) in the subtitle.
 *
 * Steps: suppress ({@link erosionCells}) → table → alt text → spec ({@link erosionBySupportSpec}).
 *
 * Method: dot-and-whisker vega-lite layers (CI rule, point, value label) on a full 0–100 axis. Small cells:
 * {@link suppressSmallCells} with all groups in one margin (the total analysed is published); the effect size
 * is shown only when both groups it compares are shown.
 *
 * Cost: O(G) for G groups.
 *
 * @throws Error "erosionBySupportChart requires group <level> to have an integer n, …" for bad shown numbers
 * @throws Error "erosionBySupportChart requires a finite effect size with an ordered CI"
 * @throws errors of {@link suppressSmallCells}
 * @example
 * erosionBySupportChart({ outcome: "Work-related burnout", groups: [low, high],
 *   effect: { ...hedgesG(high, low), first: "high", second: "low" } }, { minCellSize: 10 });
 */
export function erosionBySupportChart(input: ErosionBySupportInput, options: ChartOptions): ChartOutput {
  const rule = publicationRule(options);
  const cells = erosionCells(input, rule.k);
  const table = erosionTable(input, cells, rule);
  const altText = erosionAltText(input, cells, rule.k);
  const title = input.title ?? `${input.outcome} by institutional support`;
  const spec = erosionBySupportSpec(input, cells, rule, { title, altText });
  const narrowSpec = erosionBySupportSpec(input, cells, rule, { title, altText }, "narrow");
  return { id: "erosion-by-support", title, spec, narrowSpec, altText, table };
}
