import { z } from "zod";

/**
 * Who may do what to one survey (docs/decisions/039-accounts-and-survey-roles.md). This table is the
 * only place rights are decided; `requireSurveyPermission` asks it, the members page describes it,
 * and test/integration/lab-route-permissions.test.ts walks every lab route against it.
 */
export const SURVEY_ROLES = ["owner", "editor", "analyst", "viewer"] as const;
export const surveyRoleSchema = z.enum(SURVEY_ROLES, { error: "Choose owner, editor, analyst or viewer." });
export type SurveyRole = z.infer<typeof surveyRoleSchema>;

export const SURVEY_PERMISSIONS = [
  "view",
  "run-survey",
  "review-quality",
  "read-responses",
  "analyse",
  "publish",
  "manage-members",
] as const;
export type SurveyPermission = (typeof SURVEY_PERMISSIONS)[number];

type PermissionRule = {
  /** What the permission covers, as the members page and the 403 page say it. */
  covers: string;
  roles: readonly SurveyRole[];
  /** Analysts hold it only when an owner granted them response-level access. */
  analystNeedsResponseLevelAccess?: true;
};

export const PERMISSION_RULES: Record<SurveyPermission, PermissionRule> = {
  view: {
    covers:
      "see the overview, aggregate response counts, previews, published findings and the survey's audit trail",
    roles: ["owner", "editor", "analyst", "viewer"],
  },
  "run-survey": {
    covers: "add instrument versions, open and close the survey, and manage invitation codes",
    roles: ["owner", "editor"],
  },
  "review-quality": {
    covers: "review data quality and exclude or restore responses",
    roles: ["owner", "analyst"],
  },
  "read-responses": {
    covers: "read individual responses and free-text answers and download response-level files",
    roles: ["owner", "analyst"],
    analystNeedsResponseLevelAccess: true,
  },
  analyse: {
    covers: "run the analysis",
    roles: ["owner", "analyst"],
  },
  publish: {
    covers: "publish, withdraw and supersede findings",
    roles: ["owner", "analyst"],
  },
  "manage-members": {
    covers: "add and remove members and change their roles",
    roles: ["owner"],
  },
};

export type Membership = { role: SurveyRole; responseLevelAccess: boolean };

export function membershipAllows(membership: Membership, permission: SurveyPermission): boolean {
  const rule = PERMISSION_RULES[permission];
  if (!rule.roles.includes(membership.role)) return false;
  if (membership.role === "analyst" && rule.analystNeedsResponseLevelAccess) {
    return membership.responseLevelAccess;
  }
  return true;
}

const ROLE_NAMES: Record<SurveyRole, string> = {
  owner: "owner",
  editor: "editor",
  analyst: "analyst",
  viewer: "viewer",
};

function listInWords(words: string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`;
}

/** The sentence a member without the right reads (HTTP 403): what it covers and which role has it. */
export function permissionNeededSentence(permission: SurveyPermission): string {
  const rule = PERMISSION_RULES[permission];
  const roles = rule.roles.map((role) =>
    role === "analyst" && rule.analystNeedsResponseLevelAccess
      ? "analyst with response-level access"
      : ROLE_NAMES[role],
  );
  const article = /^[aeiou]/.test(roles[0] ?? "") ? "an" : "a";
  return `To ${rule.covers}, you need to be ${article} ${listInWords(roles)} of this survey. Ask one of its owners.`;
}
