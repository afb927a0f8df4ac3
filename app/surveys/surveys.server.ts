import { z } from "zod";
import { get, sqlBoolean } from "~/database/sql";
import { prisma, readCommitted } from "~/db.server";

export const SURVEY_STATUSES = ["draft", "open", "closed"] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

export type SurveySummary = { slug: string; title: string; status: SurveyStatus };

/** A survey as every wing sees it. `requiresInvitation`: new respondents must type a one-time invitation code. */
export type SurveyRecord = SurveySummary & { id: string; requiresInvitation: boolean };

/** A stored status as the type; an unknown one is a bug, not something to paper over. */
export function surveyStatus(row: { slug: string; status: string }): SurveyStatus {
  const status = SURVEY_STATUSES.find((candidate) => candidate === row.status);
  if (!status) throw new Error(`Survey ${row.slug} has an unknown status "${row.status}"`);
  return status;
}

function toSummary(row: { slug: string; title: string; status: string }): SurveySummary {
  return { slug: row.slug, title: row.title, status: surveyStatus(row) };
}

export async function listOpenSurveys(): Promise<SurveySummary[]> {
  const rows = await prisma.survey.findMany({
    where: { status: "open" },
    select: { slug: true, title: true, status: true },
    orderBy: { createdAt: "asc" },
  });
  return rows.map(toSummary);
}

// Checked, not cast: a migration that renames a column fails here, loudly.
const surveyRow = z
  .object({
    id: z.string(),
    slug: z.string(),
    title: z.string(),
    status: z.string(),
    requiresInvitation: sqlBoolean,
  })
  .optional();

const FIND_SURVEY_BY_SLUG =
  'SELECT "id", "slug", "title", "status", "requiresInvitation" FROM "Survey" WHERE "slug" = ?';

/**
 * The survey at an address, for the respondent's pages and the lab's gate alike. Plain SQL, not Prisma:
 * every respondent request starts here (the hot path of bench/load.ts).
 */
export async function findSurveyBySlug(slug: string): Promise<SurveyRecord | null> {
  const row = surveyRow.parse(await readCommitted(() => get(FIND_SURVEY_BY_SLUG, slug)));
  return row ? { ...toSummary(row), id: row.id, requiresInvitation: row.requiresInvitation } : null;
}
