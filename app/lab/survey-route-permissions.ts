import type { SurveyPermission } from "~/auth/survey-roles";

/**
 * Which right a /lab/surveys/$slug button needs, when one route's buttons differ. The right itself
 * is decided in app/auth/survey-roles.ts; test/integration/lab-route-permissions.test.ts walks
 * every route and intent against its own table, so a change here shows up there.
 */
const intentOf = (formData: FormData): string => String(formData.get("intent") ?? "");

/** Analysis tab: previewing a finding is analysis, publishing it (the default button) is publishing. */
export function analysisActionPermission(formData: FormData): SurveyPermission {
  return intentOf(formData) === "preview" ? "analyse" : "publish";
}

/** Export files holding one row per response; the codebook and syntax files describe columns only. */
const RESPONSE_LEVEL_EXPORT_FILES: readonly string[] = ["responses.csv", "responses-labelled.csv"];

/** A response-level file needs read-responses; the other files need the analyse right. */
export function exportFilePermission(file: string | undefined): SurveyPermission {
  return RESPONSE_LEVEL_EXPORT_FILES.includes(file ?? "") ? "read-responses" : "analyse";
}
