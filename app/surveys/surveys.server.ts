import { prisma } from "~/db.server";

export const SURVEY_STATUSES = ["draft", "open", "closed"] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

export type SurveySummary = { slug: string; title: string; status: SurveyStatus };

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

/** `requiresInvitation`: new respondents must type a one-time invitation code on the first page. */
export type RespondentSurvey = SurveySummary & { id: string; requiresInvitation: boolean };

export async function findSurveyForRespondent(slug: string): Promise<RespondentSurvey | null> {
  const row = await prisma.survey.findUnique({
    where: { slug },
    select: { id: true, slug: true, title: true, status: true, requiresInvitation: true },
  });
  return row ? { ...toSummary(row), id: row.id, requiresInvitation: row.requiresInvitation } : null;
}
