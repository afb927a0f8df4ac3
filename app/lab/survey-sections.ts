import type { SurveyPermission } from "~/auth/survey-roles";

/**
 * The survey's tabs and the right each tab's page asks for: the layout shows a member only the tabs
 * they may open (the page itself still checks; hiding a tab is a courtesy, not the gate).
 */
export const SURVEY_SECTIONS: readonly {
  to: string;
  label: string;
  end: boolean;
  permission: SurveyPermission;
}[] = [
  { to: "", label: "Overview", end: true, permission: "view" },
  { to: "responses", label: "Responses", end: false, permission: "view" },
  { to: "quality", label: "Data quality", end: false, permission: "review-quality" },
  { to: "free-text", label: "Free text", end: false, permission: "read-responses" },
  { to: "analysis", label: "Analysis", end: false, permission: "analyse" },
  { to: "export", label: "Export", end: false, permission: "analyse" },
  { to: "members", label: "Members", end: false, permission: "view" },
  { to: "audit", label: "Audit", end: false, permission: "view" },
];
