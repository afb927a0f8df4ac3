import type { ChartOptions, ChartOutput, ChartTable } from "../charts/chart-types";
import { cellNote } from "../charts/cell-note";
import { formatEstimate } from "../charts/format-estimate";
import { hiddenCellsSentence } from "../charts/hidden-cells-sentence";
import { inSentence } from "../charts/in-sentence";
import { publicationRule } from "../charts/mean-rows";
import { suppressSmallCells } from "../disclosure/suppress-small-cells";
import type { BaselineAdjustedChange } from "./baseline-adjusted-change";
import { levelLabel, type ShownChange, withinPersonChangeSpec } from "./within-person-change-spec";

/** The levels under the small-cell rule again (the results' own suppression is kept as a preset). */
function changeCells(change: BaselineAdjustedChange, k: number) {
  const status = suppressSmallCells(
    change.byLevel.map((g) => ({
      n: g.suppressed ? 0 : g.n,
      margins: ["all"],
      ...(g.suppressed ? { preset: g.hidden } : {}),
    })),
    k,
  );
  const shown: ShownChange[] = change.byLevel.flatMap((g, i) =>
    !g.suppressed && status[i] === "shown"
      ? [{ level: g.level, n: g.n, estimate: g.adjusted.estimate, ci95: g.adjusted.ci95 }]
      : [],
  );
  return { status, shown, hiddenNote: hiddenCellsSentence(status, k, "support group") };
}

/** "show data": adjusted and raw change per level; hidden levels with null numbers and their note. */
function changeTable(
  change: BaselineAdjustedChange,
  status: readonly string[],
  rule: ReturnType<typeof publicationRule>,
  hiddenNote: string,
): ChartTable {
  const unit = "points (0–100 scale)";
  return {
    ...(hiddenNote ? { note: hiddenNote } : {}),
    columns: [
      { key: "support", label: "Institutional support at wave 1" },
      { key: "n", label: "n" },
      { key: "adjusted", label: "Baseline-adjusted change", unit },
      { key: "ciLow", label: "95% CI, lower", unit },
      { key: "ciHigh", label: "95% CI, upper", unit },
      { key: "raw", label: "Mean raw change", unit },
      { key: "rawLow", label: "Raw change 95% CI, lower", unit },
      { key: "rawHigh", label: "Raw change 95% CI, upper", unit },
      { key: "note", label: "Note" },
    ],
    rows: change.byLevel.map((g, i) => {
      const shown = !g.suppressed && status[i] === "shown";
      const s = status[i] as "shown" | "primary" | "complementary";
      return {
        support: levelLabel(g.level),
        n: shown ? g.n : null,
        adjusted: shown ? g.adjusted.estimate : null,
        ciLow: shown ? g.adjusted.ci95[0] : null,
        ciHigh: shown ? g.adjusted.ci95[1] : null,
        raw: shown ? g.raw.estimate : null,
        rawLow: shown ? g.raw.ci95[0] : null,
        rawHigh: shown ? g.raw.ci95[1] : null,
        note: shown ? cellNote("shown", g.n, rule.k, rule.lowBelow) : cellNote(s, 0, rule.k, rule.lowBelow),
      };
    }),
  };
}

/** The alt text: every shown level's adjusted change with n, and what is not shown. */
function changeAltText(
  change: BaselineAdjustedChange,
  shown: readonly ShownChange[],
  hiddenNote: string,
): string {
  const [a, b] = change.waves;
  if (shown.length === 0) return `No support group can be shown. ${hiddenNote}`.trim();
  const words = shown.map(
    (g) =>
      `${formatEstimate(g.estimate, g.ci95, 1, "words")} points with ${levelLabel(g.level).toLowerCase()} support (n = ${g.n})`,
  );
  return (
    `Baseline-adjusted change in ${inSentence(change.scale.label)} from wave ${a} to wave ${b} was ${words.join(", ")}.` +
    " Linked anonymous panel: change within the same people." +
    (hiddenNote ? ` ${hiddenNote}` : "")
  );
}

/**
 * The findings chart of within-person change: the baseline-adjusted change between two waves (ANCOVA, from
 * {@link baselineAdjustedChange}) with its 95 % CI per institutional-support level, as the house charts draw
 * dot-and-whisker groups (Okabe–Ito colours, shapes, open symbols below the low-precision n, a wide and a narrow
 * layout, the alt text as the spec's description). Suppressed levels are left out of the spec and the alt text
 * says how many and why; the "show data" table lists them with null numbers. The output is a `ChartOutput`, so it
 * gets the same rendering, provenance stamp and downloads as the other finding charts.
 *
 * Cost: O(levels).
 *
 * @throws errors of {@link suppressSmallCells}
 * @example
 * withinPersonChangeChart(results.scales[0].change, { minCellSize: 10 }).altText;
 */
export function withinPersonChangeChart(change: BaselineAdjustedChange, options: ChartOptions): ChartOutput {
  const rule = publicationRule(options);
  const { status, shown, hiddenNote } = changeCells(change, rule.k);
  const altText = changeAltText(change, shown, hiddenNote);
  const [a, b] = change.waves;
  const title = `Change in ${inSentence(change.scale.label)} from wave ${a} to wave ${b} by institutional support`;
  const subtitle = [
    `Baseline-adjusted change with 95% CI: the same people's wave-${b} score at the sample's mean wave-${a} score, minus that mean.`,
    "Linked anonymous panel: change within the same people.",
    ...(shown.some((g) => g.n < rule.lowBelow)
      ? [`Open symbols: fewer than ${rule.lowBelow} people (low precision).`]
      : []),
    ...(hiddenNote ? [hiddenNote] : []),
  ];
  const text = { title, subtitle, altText };
  return {
    // Ids name files and anchors of a finding (lower case, digits and hyphens): scale ids may hold underscores.
    id: `within-person-change-${change.scale.id.replaceAll("_", "-")}`,
    title,
    spec: withinPersonChangeSpec(change.scale.label, shown, text, rule.lowBelow),
    narrowSpec: withinPersonChangeSpec(change.scale.label, shown, text, rule.lowBelow, "narrow"),
    altText,
    table: changeTable(change, status, rule, hiddenNote),
  };
}
