import type { CurrentDefinition } from "../translation-exchange/translation-exchange";
import { InputError, readDefinition } from "./analyze-input";

/**
 * The definition to export from or import into: a definition JSON file, or a survey's version in the database at
 * DATABASE_URL (the latest unless `version`). The database is opened only for a survey.
 *
 * @throws InputError for an unreadable or invalid file, an unknown survey or version
 */
export async function loadCurrentDefinition(source: {
  survey?: string | undefined;
  version?: number | undefined;
  definition?: string | undefined;
}): Promise<CurrentDefinition> {
  if (source.definition) return { definition: readDefinition(source.definition) };
  const slug = source.survey!;
  const { prisma } = await import("../app/db.server");
  const { instrumentVersionById, latestInstrumentVersion } =
    await import("../app/surveys/instrument-versions.server");
  try {
    const survey = await prisma.survey.findUnique({ where: { slug }, select: { id: true } });
    if (!survey) throw new InputError(`There is no survey with the slug "${slug}".`);
    const latest = await latestInstrumentVersion(survey.id);
    if (!latest) throw new InputError(`The survey "${slug}" has no instrument version yet.`);
    if (source.version === undefined || source.version === latest.version)
      return { definition: latest.definition, survey: slug, version: latest.version };
    const row = await prisma.instrumentVersion.findFirst({
      where: { surveyId: survey.id, version: source.version },
      select: { id: true },
    });
    const version = row ? await instrumentVersionById(row.id) : null;
    if (!version)
      throw new InputError(
        `The survey "${slug}" has no version ${source.version}; its latest is version ${latest.version}.`,
      );
    return { definition: version.definition, survey: slug, version: version.version };
  } finally {
    await prisma.$disconnect();
  }
}
