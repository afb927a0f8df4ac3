import { formFailure } from "~/forms/form-reply.server";
import type { MessageId } from "~/i18n/catalog-en";
import { translate } from "~/i18n/translate.server";
import { loadRespondentContext, type RespondentContext } from "./respondent-context.server";

function refusalMessage(context: RespondentContext, status: number): MessageId {
  if (context.survey.status === "closed") return "survey.closed";
  if (context.survey.status !== "open") return "survey.notOpen";
  if (status === 413) return "refusal.tooLarge";
  if (status === 429) return "refusal.tooMany";
  return "refusal.unreadable";
}

/**
 * A respondent's form that the survey refuses — it closed while they answered, or the body could not be read
 * (app/security/form-body.server.ts) — is answered with the refusal's status, worded in the respondent's language
 * on the form's own page (the error boundary would show English chrome). Redirects and other errors pass through.
 */
export async function refusingInLanguage<Reply>(request: Request, slug: string, act: () => Promise<Reply>) {
  try {
    return await act();
  } catch (error) {
    if (!(error instanceof Response) || error.status < 400 || error.status >= 500) throw error;
    const context = await loadRespondentContext(request, slug);
    const formError = translate(context.language, refusalMessage(context, error.status));
    return formFailure({ formError }, { status: error.status });
  }
}
