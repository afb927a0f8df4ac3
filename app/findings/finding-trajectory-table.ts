import type { SnapshotTable } from "./finding-snapshot";
import type { SurveyResults } from "../../analysis";

const round = (value: number | null | undefined, digits = 2) =>
  value === null || value === undefined || !Number.isFinite(value) ? null : Number(value.toFixed(digits));
const pValue = (p: number | undefined) => (p === undefined ? null : p < 0.0001 ? "< 0.0001" : p.toFixed(4));

/**
 * The harm trajectory of every erosion outcome (not only the charted one): the linear association with years in
 * support and the spline's departure from a straight line, corrected p-values. A cross-sectional comparison of
 * people with different tenure, so the title says "among people with more years", never "over time".
 */
export function trajectoryTable(results: SurveyResults): SnapshotTable {
  return {
    id: "trajectories",
    title:
      "Erosion among people with more years in support (current practitioners, a comparison across people): linear association and departure from a straight line",
    nColumn: "n",
    columns: [
      { key: "outcome", label: "Outcome" },
      { key: "n", label: "n" },
      { key: "slope", label: "Difference per year of tenure" },
      { key: "ci95", label: "95% CI" },
      { key: "p_adjusted", label: "p (corrected)" },
      { key: "nonlinearity", label: "Spline against straight line" },
      { key: "nonlinearity_p", label: "p (corrected)" },
    ],
    rows: results.harmTrajectory.map(({ outcome, overall }) => {
      const { linear, spline } = overall;
      const nl = spline?.nonlinearity;
      return {
        outcome: outcome.label,
        n: linear?.n ?? null,
        slope: round(linear?.estimate, 3),
        ci95: linear ? `${linear.ci95[0].toFixed(3)} to ${linear.ci95[1].toFixed(3)}` : null,
        p_adjusted: pValue(linear?.pAdjusted),
        nonlinearity: nl ? `F(${nl.df1}, ${nl.df2}) = ${nl.F.toFixed(2)}` : (overall.note ?? null),
        nonlinearity_p: pValue(nl?.pAdjusted),
      };
    }),
  };
}
