import type { SnapshotTable } from "./finding-snapshot";
import type { SurveyResults } from "../../analysis";

const round = (value: number | null | undefined, digits = 2) =>
  value === null || value === undefined || !Number.isFinite(value) ? null : Number(value.toFixed(digits));
const interval = (ci: readonly [number, number] | null | undefined, digits = 2) =>
  ci ? `${ci[0].toFixed(digits)} to ${ci[1].toFixed(digits)}` : null;
const pValue = (p: number | undefined) => (p === undefined ? null : p < 0.0001 ? "< 0.0001" : p.toFixed(4));

/** HTMT with its bootstrap interval and the disattenuated correlation, per pair of scales (decision 027). */
export function discriminantValidityTable(results: SurveyResults): SnapshotTable | null {
  const pairs = results.discriminantValidity ?? [];
  if (pairs.length === 0) return null;
  const first = pairs.find((pair) => "criterion" in pair);
  return {
    id: "discriminant-validity",
    title: "Are the two scales distinct? Discriminant validity (respondents who answered every item of both)",
    nColumn: "n",
    columns: [
      { key: "scales", label: "Scales" },
      { key: "n", label: "n" },
      { key: "htmt", label: "HTMT" },
      { key: "ci95", label: "95% percentile bootstrap CI" },
      { key: "B", label: "Bootstrap resamples" },
      { key: "r", label: "Correlation of the scores" },
      { key: "alpha", label: "Cronbach's α of each" },
      { key: "disattenuated", label: "Correlation corrected for unreliability" },
      { key: "verdict", label: "Verdict (HTMT below 0.85)" },
    ],
    rows: pairs.map((pair) => {
      const scales = `${pair.scales[0].label} and ${pair.scales[1].label}`;
      if (!("htmt" in pair))
        return {
          scales,
          n: null,
          htmt: null,
          ci95: null,
          B: null,
          r: null,
          alpha: null,
          disattenuated: null,
          verdict: pair.note,
        };
      return {
        scales,
        n: pair.n,
        htmt: round(pair.htmt.estimate),
        ci95: interval(pair.htmt.ci95),
        B: pair.htmt.B,
        r: round(pair.scoreCorrelation),
        alpha: `${pair.alpha[0].toFixed(2)} and ${pair.alpha[1].toFixed(2)}`,
        disattenuated: round(pair.disattenuated),
        verdict: pair.verdict,
      };
    }),
    ...(first && "criterion" in first ? { note: first.criterion.description } : {}),
  };
}

/** Each institutional-support item with each outcome: Pearson r, its CI, and the BH-adjusted p. */
export function supportItemsTable(results: SurveyResults): SnapshotTable | null {
  const rows = results.supportItems ?? [];
  if (rows.length === 0) return null;
  const items = new Map(results.roles.supportItems.map((item) => [item.id, item]));
  const outcomes = new Map(results.roles.erosion.map((outcome) => [outcome.id, outcome.label]));
  return {
    id: "support-items",
    title:
      "Each kind of institutional support and erosion (current practitioners): Pearson r, Benjamini–Hochberg across all item × outcome tests",
    nColumn: "n",
    columns: [
      { key: "item", label: "Support item" },
      { key: "outcome", label: "Outcome" },
      { key: "n", label: "n" },
      { key: "r", label: "Pearson r" },
      { key: "ci95", label: "r 95% CI" },
      { key: "p_bh", label: "p (Benjamini–Hochberg)" },
      { key: "note", label: "Note" },
    ],
    rows: rows.map((row) => {
      const item = items.get(row.item);
      const label = item
        ? `${item.label}${item.reversed ? " (reversed, so higher = more support)" : ""}`
        : row.item;
      const base = { item: label, outcome: outcomes.get(row.outcome) ?? row.outcome };
      if (row.n === null) return { ...base, n: null, r: null, ci95: null, p_bh: null, note: row.note };
      return {
        ...base,
        n: row.n,
        r: round(row.r),
        ci95: interval(row.ci95),
        p_bh: pValue(row.pAdjusted),
        note: "",
      };
    }),
  };
}
