// Words and numbers for thresholds and flags: what the quality screen shows and what an exclusion's
// `detail` records, so the methods box can say exactly which value crossed which line.
import type { ResponseQuality } from "../../analysis/careless";
import * as rules from "~/surveys/quality-rules";
import type { QualityIndexId } from "~/surveys/quality-rules";
import type { VersionSummary } from "./survey-quality.server";

const round = (value: number, digits = 2): string => value.toFixed(digits).replace(/\.?0+$/, "");

/** The default threshold as applied to one version, e.g. "under 117 s (one third of the median 352 s)". */
export function thresholdText(id: QualityIndexId, version: VersionSummary | undefined): string {
  switch (id) {
    case "speeder":
      return version?.speeder.median != null && version.speeder.cutoff != null
        ? `under ${round(version.speeder.cutoff, 0)} s (${rules.SPEEDER_MEDIAN_FRACTION === 1 / 3 ? "one third" : round(rules.SPEEDER_MEDIAN_FRACTION)} of the median ${round(version.speeder.median, 0)} s)`
        : "no completion times yet";
    case "longstring":
      return `every row identical in ${rules.LONGSTRING_MIN_MATRICES}+ matrices of ${rules.LONGSTRING_MIN_MATRIX_ROWS}+ rows`;
    case "irv":
      return `IRV below ${rules.IRV_MIN}`;
    case "even-odd":
      return `below ${rules.EVEN_ODD_MIN} (${version?.evenOddScales ?? 0} scales; at least ${rules.EVEN_ODD_MIN_SCALES} answered)`;
    case "mahalanobis":
      return version?.mahalanobis.problem
        ? `not computed: ${version.mahalanobis.problem}`
        : `p < ${rules.MAHALANOBIS_ALPHA} on χ²(${version?.mahalanobis.k ?? 0}); ${version?.mahalanobis.completeRows ?? 0} complete cases`;
    case "attention":
      return "any attention check failed";
    case "automated":
      return "any automated-submission signal";
  }
}

/** Why one response is flagged by one index, with its value: the `detail` of its exclusion. */
export function flagDetail(
  id: QualityIndexId,
  response: ResponseQuality & { version: number },
  version: VersionSummary | undefined,
): string {
  const where = `version ${response.version}`;
  switch (id) {
    case "speeder":
      return `${response.durationSeconds ?? "?"} s, ${thresholdText(id, version)}; ${where}`;
    case "longstring": {
      const lines = response.longstring.matrices.filter(
        (m) => m.rows >= rules.LONGSTRING_MIN_MATRIX_ROWS && m.longest === m.rows,
      );
      return `identical answers on all rows of ${lines.map((m) => `${m.matrixId} (${m.rows})`).join(", ")}; ${where}`;
    }
    case "irv":
      return `IRV ${round(response.irv ?? 0, 3)} < ${rules.IRV_MIN}; ${where}`;
    case "even-odd":
      return `even-odd ${round(response.evenOdd ?? 0, 3)} < ${rules.EVEN_ODD_MIN}; ${where}`;
    case "mahalanobis":
      return `D² ${round(response.mahalanobis?.d2 ?? 0, 1)}, p = ${(response.mahalanobis?.p ?? 1).toPrecision(2)} < ${rules.MAHALANOBIS_ALPHA} on χ²(${version?.mahalanobis.k ?? "?"}); ${where}`;
    case "attention":
      return `failed ${response.failedChecks.join(", ")}; ${where}`;
    case "automated":
      return `signals: ${response.automatedFlags.join(", ")}; ${where}`;
  }
}
