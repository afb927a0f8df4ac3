import { prisma } from "~/db.server";
import { addInstrumentVersion } from "~/surveys/instrument-versions.server";
import type { InstrumentDefinition } from "../../instrument/definition-schema";
import { miniInstrument } from "../fixtures/mini-instrument";

/**
 * Creates a survey with one instrument version and returns its ids. Every researcher who exists now
 * owns it (as the roles migration made every researcher owner of every survey) unless
 * `ownedByEveryone: false`; test/integration/lab-route-permissions.test.ts sets roles itself.
 */
export async function createSurvey(
  options: {
    slug?: string;
    status?: "draft" | "open" | "closed";
    definition?: InstrumentDefinition;
    ownedByEveryone?: boolean;
  } = {},
) {
  const researchers = options.ownedByEveryone === false ? [] : await prisma.researcher.findMany();
  const survey = await prisma.survey.create({
    data: {
      slug: options.slug ?? "mini",
      title: "Mini survey",
      status: options.status ?? "open",
      memberships: { create: researchers.map(({ id }) => ({ researcherId: id, role: "owner" })) },
    },
  });
  const version = await addInstrumentVersion(survey.id, options.definition ?? miniInstrument);
  return { surveyId: survey.id, versionId: version.id, slug: survey.slug };
}
