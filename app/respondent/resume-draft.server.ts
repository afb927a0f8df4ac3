import { RESUME_CODE_TTL_DAYS } from "~/limits";
import type { Message } from "~/i18n/translate.server";
import { instrumentVersionById } from "~/surveys/instrument-versions.server";
import type { SurveyRecord } from "~/surveys/surveys.server";
import { findDraft } from "./drafts.server";
import { resumePath } from "./navigation.server";
import { setResumeCode } from "./resume-cookie.server";
import { normalizeResumeCode } from "./resume-codes.server";

export type ResumeOutcome = { error: Message } | { to: string; setCookie: string };

/** Finds the draft a typed resume code belongs to and sends the respondent back to where they stopped. */
export async function resumeWithCode(survey: SurveyRecord, typedCode: string): Promise<ResumeOutcome> {
  const code = normalizeResumeCode(typedCode);
  if (!code) return { error: { id: "resume.missing" } };
  const draft = await findDraft(code, survey.id);
  const version = draft ? await instrumentVersionById(draft.instrumentVersionId) : null;
  if (!draft || !version) {
    return { error: { id: "resume.unknown", values: { days: RESUME_CODE_TTL_DAYS } } };
  }
  return {
    to: resumePath(survey.slug, version.definition, draft),
    setCookie: await setResumeCode(survey.slug, code),
  };
}
