import { prisma } from "~/db.server";
import { addInstrumentVersion } from "~/surveys/instrument-versions.server";
import type { InstrumentDefinition } from "../../instrument/definition-schema";
import { miniInstrument } from "../fixtures/mini-instrument";

/** Creates a survey with one instrument version and returns its ids. */
export async function createSurvey(
  options: { slug?: string; status?: "draft" | "open" | "closed"; definition?: InstrumentDefinition } = {},
) {
  const survey = await prisma.survey.create({
    data: { slug: options.slug ?? "mini", title: "Mini survey", status: options.status ?? "open" },
  });
  const version = await addInstrumentVersion(survey.id, options.definition ?? miniInstrument);
  return { surveyId: survey.id, versionId: version.id, slug: survey.slug };
}
