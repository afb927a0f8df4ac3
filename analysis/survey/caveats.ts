import type { AnalysisSettings } from "./results-types";

/**
 * What this cross-sectional, self-selected survey cannot show, as sentences published with every result.
 *
 * Cost: O(1).
 *
 * @example
 * surveyCaveats(settings)[0]; // "Cross-sectional: …"
 */
export function surveyCaveats(settings: AnalysisSettings): string[] {
  const k = settings.minCellSize;
  return [
    "Cross-sectional: each person answered once, so tenure bands compare different people, not the same people " +
      'followed across their years in support. The "harm trajectory" is this cross-sectional pattern across ' +
      'tenure, not a path any one person was seen to follow. Every result is an association ("associated with"), ' +
      "not an effect of tenure or of support.",
    "Survivor bias: people with the most erosion are the likeliest to have left, so long-tenure practitioners " +
      "are a selected group. This flattens the cross-sectional pattern at long tenure and can understate erosion; " +
      "leavers are analysed separately for this reason.",
    "Tenure is confounded with age and with cohort (when people entered support, and what the work was like " +
      "then); the survey cannot separate them.",
    "Self-selected, non-probability sample: no margin of sampling error applies, and the confidence intervals " +
      "describe uncertainty under the statistical model, not about all support practitioners.",
    "Institutional support and burnout are self-reports from the same questionnaire: shared-method bias and " +
      "reverse direction (exhausted people may perceive less support) are possible.",
    "Capacity to invest at the start of the career is recalled, not measured then, and carries recall bias.",
    `Small cells: any group of fewer than ${k} respondents is not shown (null), and further cells are hidden ` +
      "where a shown total would give a hidden count away.",
  ];
}
