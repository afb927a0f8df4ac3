import { z } from "zod";
import type { FormFailure, FormValues } from "~/forms/form-reply";
import { readFormBody } from "~/security/form-body.server";
import { honeypotFilled } from "~/security/honeypot";
import { INVITATION_CODE_FIELD } from "~/invitations/invitation-code-field";
import { recordSubmission } from "~/security/submission-rate.server";
import { formShapeProblem, SWITCH_LANGUAGE_FIELD } from "./form-shape.server";
import { translate } from "~/i18n/translate.server";
import { asksForInvitation, readInvitation } from "~/invitations/invitation-gate.server";
import { reachablePage, resumePath } from "./navigation.server";
import { savePageAnswers } from "./page-answers.server";
import { returnsToReview, surveyPath } from "./paths";
import { loadRespondentContext, requireAnswerable } from "./respondent-context.server";
import { pathInLanguage } from "./respondent-language.server";
import { identificationCodeGate } from "./identification-code.server";

export type PageSubmission =
  { kind: "refused"; failure: FormFailure } | { kind: "redirect"; to: string; setCookie?: string };

const pageIntentSchema = z.enum(["next", "back", "save", "language"]).catch("next");

/**
 * A refused form: the page again with the messages, the answers given so far kept on screen, and
 * the view's own timing stamp (`shown`), so the time spent before the refusal still counts (with or
 * without JavaScript; a new stamp would restart the clock).
 */
function refused(
  form: URLSearchParams,
  fieldErrors: Record<string, string>,
  values: FormValues,
  formError: string | null = null,
): PageSubmission {
  const shown = form.get("shown");
  return {
    kind: "refused",
    failure: {
      status: "error",
      fieldErrors,
      formError,
      values: shown === null ? values : { ...values, shown },
    },
  };
}

/** The language the switch asked for when the survey offers it; anything else keeps the current one. */
const offeredChoice = (context: { languages: string[] }, chosen: string | null) =>
  chosen !== null && context.languages.includes(chosen) ? chosen : null;

const allSent = (form: URLSearchParams): FormValues =>
  Object.fromEntries([...new Set(form.keys())].map((name) => [name, form.getAll(name)]));

/**
 * A respondent's "Continue", "Back" or "Save" on one survey page, from the request to where they
 * go next: the page must be one they can reach; the form is read strictly (form-body.server.ts),
 * refused when the honeypot is filled or it has fields the page does not ask for, then the answers
 * and any invitation code are checked and saved (page-answers.server.ts).
 */
export async function submitPage(request: Request, slug: string, pageId: string): Promise<PageSubmission> {
  const context = await loadRespondentContext(request, slug);
  const { version } = requireAnswerable(context);
  const page = reachablePage(version.definition, context.draft, pageId);
  if (!page) return { kind: "redirect", to: resumePath(slug, version.definition, context.draft) };
  // Without the study's key no code can be stored: refuse before anything is read or kept.
  const gate = await identificationCodeGate(context.survey.id, version.definition);
  if (gate.kind === "unavailable")
    return { kind: "redirect", to: pathInLanguage(surveyPath(slug, "/unavailable"), context) };
  const form = await readFormBody(request);
  if (honeypotFilled(form)) {
    await recordSubmission(context.survey.id, ["refused"]);
    return refused(form, {}, allSent(form), translate(context.language, "validation.honeypot"));
  }
  const invitationField = asksForInvitation(context) ? [INVITATION_CODE_FIELD] : [];
  const shape = formShapeProblem(page, context.draft?.answers ?? {}, form, invitationField, context.language);
  if (shape)
    return "formError" in shape
      ? refused(form, {}, allSent(form), shape.formError)
      : refused(form, shape.errors, allSent(form));
  const invitation = await readInvitation(context, form);
  const outcome = await savePageAnswers(
    context,
    version,
    page,
    form,
    {
      intent: pageIntentSchema.parse(form.get("intent")),
      returnToReview: returnsToReview(request),
      language: offeredChoice(context, form.get(SWITCH_LANGUAGE_FIELD)),
    },
    invitation,
    gate.kind === "ready" ? gate.key : null,
  );
  switch (outcome.kind) {
    case "invalid":
      return refused(form, outcome.errors, outcome.submitted);
    case "screened-out":
      return {
        kind: "redirect",
        to: pathInLanguage(surveyPath(slug, `/not-eligible?from=${page.id}`), context),
        setCookie: outcome.setCookie,
      };
    case "redirect":
      return outcome;
  }
}
