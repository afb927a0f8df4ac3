// The response browser's list: every response to a survey with its version, day, flags and exclusion state,
// filtered as the list's GET form asks. Listing is not audited; opening one response is
// (./response-detail.server.ts).
import { type PageInfo, pageInfo, pageItems } from "~/forms/pagination";
import { RESPONSE_LIST_PAGE_SIZE } from "~/limits";
import type { QualityIndexId } from "~/surveys/quality-rules";
import type { ResponseListQuery } from "./response-browser-forms";
import { surveyQuality, type SurveyResponseQuality } from "./survey-quality.server";

export type ResponseListRow = {
  id: string;
  version: number;
  submittedOn: string;
  isSynthetic: boolean;
  flagged: QualityIndexId[];
  /** The reasons it is excluded for; empty: included in the analysis. */
  excludedFor: string[];
};

export type ResponseList = PageInfo & {
  rows: ResponseListRow[];
  /** Every response to the survey, before filtering. */
  all: number;
  /** The versions that have responses, for the version filter. */
  versions: number[];
};

/** Whether a response passes every filter of the query (the flags: any of those ticked). */
export function matchesQuery(response: SurveyResponseQuality, query: ResponseListQuery): boolean {
  if (query.flag.length > 0 && !query.flag.some((flag) => response.flagged.includes(flag))) return false;
  const excluded = response.exclusions.length > 0;
  if (query.exclusion === "excluded" && !excluded) return false;
  if (query.exclusion === "included" && excluded) return false;
  if (query.version !== undefined && response.version !== query.version) return false;
  return query.day === undefined || response.submittedOn === query.day;
}

/** One page of the survey's responses that match the query, newest day first (ties by id). */
export async function listResponses(surveyId: string, query: ResponseListQuery): Promise<ResponseList> {
  const { responses, versions } = await surveyQuality(surveyId);
  const listed = responses.filter((response) => matchesQuery(response, query));
  // A page past the end is shown empty with its place in the list, like the audit trail.
  const info = pageInfo(listed.length, query.page, RESPONSE_LIST_PAGE_SIZE, false);
  return {
    ...info,
    all: responses.length,
    versions: versions.map((version) => version.version),
    rows: pageItems(listed, info).map((response) => ({
      id: response.id,
      version: response.version,
      submittedOn: response.submittedOn,
      isSynthetic: response.isSynthetic,
      flagged: response.flagged,
      excludedFor: response.exclusions.map((exclusion) => exclusion.reason),
    })),
  };
}
