import { insertUnordered, run } from "~/database/sql";
import { writeTransaction } from "~/db.server";
import { implausiblyFastPages } from "~/security/plausible-time";
import type { ResponseFlag } from "~/security/response-flags";
import { recordSubmission } from "~/security/submission-rate.server";
import type { InstrumentVersionRecord } from "~/surveys/instrument-versions.server";
import {
  storedAnswers,
  storedIdentificationCode,
  storedPageSeconds,
  storedPresentation,
  storedResponseFlags,
} from "~/surveys/stored-answers";
import { calendarDay } from "~/privacy/calendar-day.server";
import { randomRowId } from "~/privacy/row-ids.server";
import type { Draft } from "./drafts.server";
import { isCodeComplete } from "../../instrument/identification-code-answers";
import { identificationCodeItem } from "../../instrument/traversal";
import { firstIncompletePage } from "./navigation.server";
import { pagePath, surveyPath } from "./paths";
import { pathInLanguage } from "./respondent-language.server";
import type { RespondentContext } from "./respondent-context.server";
import { markAnswered } from "./answered-cookie.server";
import { clearResumeCode } from "./resume-cookie.server";

export type CompletionOutcome = { to: string; setCookies?: string[] };

function responseFlags(
  version: InstrumentVersionRecord,
  draft: Draft,
  honeypotFilled: boolean,
): ResponseFlag[] {
  const flags: ResponseFlag[] = [];
  if (honeypotFilled) flags.push("honeypot");
  if (implausiblyFastPages(version.definition, draft.answers, draft.pageSeconds).length > 0)
    flags.push("too-fast");
  return flags;
}

/**
 * Turns the draft into a stored response, exactly once: the draft is deleted in the same
 * transaction, so a double submit (two taps, a resent form) finds no draft and changes nothing.
 * Resolves only after the commit, so "thank you" is never shown for answers that are not stored.
 * Signs of automation are recorded as flags, never used to drop the response.
 */
export async function completeResponse(
  context: RespondentContext,
  version: InstrumentVersionRecord,
  { honeypotFilled = false }: { honeypotFilled?: boolean } = {},
): Promise<CompletionOutcome> {
  const { draft, survey } = context;
  // The draft goes; the thank-you page stays in the language the answers were given in.
  const thanks = pathInLanguage(surveyPath(survey.slug, "/thanks"), context);
  if (!draft) return { to: thanks };
  const incomplete = firstIncompletePage(version.definition, draft.answers);
  if (incomplete) return { to: pagePath(survey.slug, incomplete.id) };
  const code = identificationCodeItem(version.definition);
  if (code && !isCodeComplete(code.item, draft.identificationCode))
    return { to: pagePath(survey.slug, code.page.id) };

  const flags = responseFlags(version, draft, honeypotFilled);
  const row = {
    id: randomRowId(),
    instrumentVersionId: version.id,
    answers: storedAnswers.encode(draft.answers),
    presentation: storedPresentation.encode(draft.presentation),
    pageSeconds: storedPageSeconds.encode(draft.pageSeconds),
    durationSeconds: Object.values(draft.pageSeconds).reduce((sum, seconds) => sum + seconds, 0),
    language: draft.language,
    completion: "complete",
    submittedOn: calendarDay(),
    flags: storedResponseFlags.encode(flags),
  };
  const stored = await writeTransaction(function* () {
    if ((yield* run('DELETE FROM "ResumeDraft" WHERE "id" = ?', draft.id)).changes === 0) return false;
    yield* insertUnordered("Response", row);
    // The hashes move with the response, in its transaction: a response never lacks the code it was given with.
    if (code)
      yield* insertUnordered("ResponseIdentificationCode", {
        responseId: row.id,
        elements: storedIdentificationCode.encode(draft.identificationCode),
      });
    return true;
  });
  if (!stored) return { to: thanks, setCookies: [await clearResumeCode(survey.slug)] };
  await recordSubmission(survey.id, flags.length > 0 ? ["completed", "flagged"] : ["completed"]);
  return { to: thanks, setCookies: [await clearResumeCode(survey.slug), await markAnswered(survey.slug)] };
}
