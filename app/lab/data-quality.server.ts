// The data-quality screen of one survey (the methods box counts exclusions in ~/surveys/exclusion-summary).
import { type PageInfo, pageInfo, pageItems } from "~/forms/pagination";
import { QUALITY_PAGE_SIZE } from "~/limits";
import { thresholdText } from "./quality-detail";
import { QUALITY_RULES, type QualityIndexId } from "~/surveys/quality-rules";
import { surveyQuality, type SurveyResponseQuality, type VersionSummary } from "./survey-quality.server";

export type QualityIndexSummary = {
  id: QualityIndexId;
  label: string;
  rule: string;
  /** The threshold as applied, one entry per instrument version with responses. */
  thresholds: string[];
  /** Responses that have a value for this index (e.g. complete cases for Mahalanobis). */
  computed: number;
  flagged: number;
  /** Responses currently excluded with this index as the reason. */
  excluded: number;
};

/** Which responses the table lists: flagged by any index (default), by one index, or excluded. */
export type QualityTableFilter = "flagged" | "excluded" | QualityIndexId;

export type QualityTableRow = Pick<
  SurveyResponseQuality,
  | "id"
  | "version"
  | "isSynthetic"
  | "submittedOn"
  | "durationSeconds"
  | "irv"
  | "evenOdd"
  | "mahalanobis"
  | "failedChecks"
  | "automatedFlags"
  | "flagged"
  | "exclusions"
> & { longstring: { overall: number; matrices: string } };

export type DataQualityScreen = {
  totals: { responses: number; synthetic: number; excluded: number; flagged: number };
  indices: QualityIndexSummary[];
  versions: VersionSummary[];
  table: PageInfo & { filter: QualityTableFilter; rows: QualityTableRow[] };
};

const hasValue: Record<QualityIndexId, (response: SurveyResponseQuality) => boolean> = {
  speeder: (r) => r.durationSeconds !== null,
  longstring: (r) => r.longstring.matrices.length > 0,
  irv: (r) => r.irv !== null,
  "even-odd": (r) => r.evenOdd !== null,
  mahalanobis: (r) => r.mahalanobis !== null,
  attention: () => true,
  automated: () => true,
};

function inTable(filter: QualityTableFilter, response: SurveyResponseQuality): boolean {
  if (filter === "flagged") return response.flagged.length > 0 || response.exclusions.length > 0;
  if (filter === "excluded") return response.exclusions.length > 0;
  return response.flagged.includes(filter);
}

function tableRow(response: SurveyResponseQuality): QualityTableRow {
  const { longstring, ...rest } = response;
  const matrices = longstring.matrices.map((m) => `${m.matrixId} ${m.longest}/${m.rows}`).join(", ");
  return {
    id: rest.id,
    version: rest.version,
    isSynthetic: rest.isSynthetic,
    submittedOn: rest.submittedOn,
    durationSeconds: rest.durationSeconds,
    irv: rest.irv,
    evenOdd: rest.evenOdd,
    mahalanobis: rest.mahalanobis,
    failedChecks: rest.failedChecks,
    automatedFlags: rest.automatedFlags,
    flagged: rest.flagged,
    exclusions: rest.exclusions,
    longstring: { overall: longstring.overall, matrices },
  };
}

/**
 * Everything the quality tab shows: per index its rule, the threshold as applied, how many responses it
 * flags and how many are excluded for it; and one page of the responses table.
 */
export async function loadDataQuality(
  surveyId: string,
  options: { page: number; filter: QualityTableFilter },
): Promise<DataQualityScreen> {
  const { responses, versions } = await surveyQuality(surveyId);
  const indices = QUALITY_RULES.map((rule) => ({
    ...rule,
    thresholds: versions.map(
      (version) =>
        `${versions.length > 1 ? `version ${version.version}: ` : ""}${thresholdText(rule.id, version)}`,
    ),
    computed: responses.filter(hasValue[rule.id]).length,
    flagged: responses.filter((response) => response.flagged.includes(rule.id)).length,
    excluded: responses.filter((response) =>
      response.exclusions.some((exclusion) => exclusion.reason === rule.id),
    ).length,
  }));
  const listed = responses.filter((response) => inTable(options.filter, response));
  const info = pageInfo(listed.length, options.page, QUALITY_PAGE_SIZE);
  const rows = pageItems(listed, info).map(tableRow);
  return {
    totals: {
      responses: responses.length,
      synthetic: responses.filter((response) => response.isSynthetic).length,
      excluded: responses.filter((response) => response.exclusions.length > 0).length,
      flagged: responses.filter((response) => response.flagged.length > 0).length,
    },
    indices,
    versions,
    table: {
      filter: options.filter,
      rows,
      ...info,
    },
  };
}
