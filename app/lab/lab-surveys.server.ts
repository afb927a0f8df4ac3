import { requireResearcherId } from "~/auth/session.server";
import { prisma } from "~/db.server";
import { requireSurveySlug } from "~/surveys/survey-slug";
import { findSurveyBySlug, type SurveyRecord, surveyStatus } from "~/surveys/surveys.server";

export type LabSurvey = SurveyRecord;

/**
 * The gate of every /lab/surveys/$slug loader: a signed-in researcher and an existing
 * survey, or a redirect to sign in / a 404.
 */
export async function requireLabSurvey(
  request: Request,
  params: unknown,
): Promise<{ researcherId: string; survey: LabSurvey }> {
  const researcherId = await requireResearcherId(request);
  const survey = await findSurveyBySlug(requireSurveySlug(params));
  if (!survey) throw new Response("Not found", { status: 404 });
  return { researcherId, survey };
}

export type LabSurveyRow = LabSurvey & {
  versions: number;
  responses: number;
  syntheticResponses: number;
  drafts: number;
};

export async function listLabSurveys(): Promise<LabSurveyRow[]> {
  const surveys = await prisma.survey.findMany({
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      requiresInvitation: true,
      _count: { select: { versions: true } },
    },
  });
  return Promise.all(
    surveys.map(async (survey) => {
      const where = { instrumentVersion: { surveyId: survey.id } };
      const [responses, syntheticResponses, drafts] = await Promise.all([
        prisma.response.count({ where }),
        prisma.response.count({ where: { ...where, isSynthetic: true } }),
        prisma.resumeDraft.count({ where }),
      ]);
      const status = surveyStatus(survey);
      const { id, slug, title, requiresInvitation } = survey;
      return {
        id,
        slug,
        title,
        status,
        requiresInvitation,
        versions: survey._count.versions,
        responses,
        syntheticResponses,
        drafts,
      };
    }),
  );
}
