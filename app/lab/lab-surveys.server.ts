import { type SurveyRole, surveyRoleSchema } from "~/auth/survey-roles";
import { prisma } from "~/db.server";
import { type SurveyRecord, surveyStatus } from "~/surveys/surveys.server";

export type LabSurvey = SurveyRecord;

export type LabSurveyRow = LabSurvey & {
  versions: number;
  responses: number;
  syntheticResponses: number;
  drafts: number;
  /** The signed-in researcher's role on it. */
  role: SurveyRole;
};

/** The surveys the researcher is a member of, newest first, with their role on each. */
export async function listLabSurveys(researcherId: string): Promise<LabSurveyRow[]> {
  const surveys = await prisma.survey.findMany({
    where: { memberships: { some: { researcherId } } },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      requiresInvitation: true,
      _count: { select: { versions: true } },
      memberships: { where: { researcherId }, select: { role: true } },
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
        role: surveyRoleSchema.catch("viewer").parse(survey.memberships[0]?.role),
      };
    }),
  );
}
