import { latestInstrumentVersion } from "~/surveys/instrument-versions.server";
import { type LanguageCompleteness, languageCompleteness } from "./language-completeness";

/** The completeness of each language of the survey's live (latest) version; none before its first version. */
export async function surveyLanguages(surveyId: string): Promise<LanguageCompleteness[]> {
  const live = await latestInstrumentVersion(surveyId);
  return live ? languageCompleteness(live.definition) : [];
}
