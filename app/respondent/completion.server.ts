import { prisma } from "~/db.server";
import type { InstrumentVersionRecord } from "~/surveys/instrument-versions.server";
import { calendarDay } from "./calendar-day.server";
import { firstIncompletePage } from "./navigation.server";
import { pagePath, surveyPath } from "./paths";
import type { RespondentContext } from "./respondent-context.server";
import { clearResumeCode } from "./resume-cookie.server";

export type CompletionOutcome = { to: string; setCookie?: string };

/**
 * Turns the draft into a stored response, exactly once: the draft is deleted in the same
 * transaction, so a double submit (two taps, a resent form) finds no draft and changes nothing.
 */
export async function completeResponse(context: RespondentContext, version: InstrumentVersionRecord): Promise<CompletionOutcome> {
  const { draft, survey } = context;
  const thanks = surveyPath(survey.slug, "/thanks");
  if (!draft) return { to: thanks };
  const incomplete = firstIncompletePage(version.definition, draft.answers);
  if (incomplete) return { to: pagePath(survey.slug, incomplete.id) };

  const durationSeconds = Object.values(draft.pageSeconds).reduce((sum, seconds) => sum + seconds, 0);
  await prisma.$transaction(async (transaction) => {
    const { count } = await transaction.resumeDraft.deleteMany({ where: { id: draft.id } });
    if (count === 0) return;
    await transaction.response.create({
      data: {
        instrumentVersionId: version.id,
        answers: JSON.stringify(draft.answers),
        presentation: JSON.stringify(draft.presentation),
        pageSeconds: JSON.stringify(draft.pageSeconds),
        durationSeconds,
        language: draft.language,
        completion: "complete",
        submittedOn: calendarDay(),
      },
    });
  });
  return { to: thanks, setCookie: await clearResumeCode(survey.slug) };
}
