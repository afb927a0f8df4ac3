import type { Answers } from "../../instrument/answers";
import { evaluateCondition } from "../../instrument/conditions";
import type { Page } from "../../instrument/definition-schema";
import { localize } from "../../instrument/localized-text";
import { type FormFields, type PageValidation, validatePage } from "../../instrument/page-validation";
import { pageAfter, pageBefore, pruneHiddenAnswers, visiblePages } from "../../instrument/visibility";
import { answersAsFormValues } from "../../instrument/answers-as-form";
import { decimalSeparator } from "~/i18n/decimal-separator";
import { scrubFreeText } from "~/privacy/scrub-free-text";
import { INVITATION_CODE_FIELD } from "~/invitations/invitation-code-field";
import type { InstrumentVersionRecord } from "~/surveys/instrument-versions.server";
import {
  createDraft,
  deleteDraft,
  type Draft,
  type DraftContent,
  type FirstPageView,
  saveDraft,
} from "./drafts.server";
import { type Invitation, invitationProblem } from "~/invitations/invitation-gate.server";
import { firstIncompletePage } from "./navigation.server";
import { changePath, pagePath, surveyPath } from "./paths";
import { clearResumeCode, setResumeCode } from "./resume-cookie.server";
import { generateResumeCode } from "./resume-codes.server";
import { newPresentation, type RespondentContext } from "./respondent-context.server";
import { validationTexts } from "./validation-text.server";
import { pageViewer, timePageView } from "./page-timing.server";
import { withLanguage } from "./respondent-language.server";
import { type CodePageReading, readCodePage } from "./identification-code.server";

/** "language": the language switch sent the page's answers along (with JavaScript), to show the page again. */
export type PageIntent = "next" | "back" | "save" | "language";

/**
 * What the respondent pressed, whether they came from the review's "Change", and for "language" the language
 * chosen (one the survey offers, or null to keep the current one).
 */
export type PageNavigation = { intent: PageIntent; returnToReview: boolean; language?: string | null };

export type PageAnswersOutcome =
  | { kind: "invalid"; errors: Record<string, string>; submitted: Record<string, string | string[]> }
  | { kind: "redirect"; to: string; setCookie?: string }
  | { kind: "screened-out"; message: string; setCookie: string };

function scrubbed(answers: Answers): Answers {
  return Object.fromEntries(
    Object.entries(answers).map(([id, value]) => [
      id,
      typeof value === "string" ? scrubFreeText(value) : value,
    ]),
  );
}

/**
 * Where the respondent goes next: the next page shown (null: the review), the one before, or this one again.
 * After a "Change" from the review, "Continue" goes back to the review — unless the change opened pages
 * (branches) never answered, which come first, still on the way back to the review.
 */
function destination(
  definition: InstrumentVersionRecord["definition"],
  page: Page,
  content: Pick<DraftContent, "answers" | "completedPages">,
  { intent, returnToReview }: PageNavigation,
): { page: Page | null; returnToReview: boolean } {
  const { answers, completedPages } = content;
  if (intent === "next" && returnToReview) {
    // A page shown again by the change may have lost its answers while hidden: it needs answering too.
    const invalid = firstIncompletePage(definition, answers);
    const unanswered = visiblePages(definition, answers).find(
      (p) => !completedPages.includes(p.id) || p.id === invalid?.id,
    );
    return { page: unanswered ?? null, returnToReview: true };
  }
  if (intent === "next")
    return { page: pageAfter(definition, page.id, answers) ?? null, returnToReview: false };
  if (intent === "back")
    return { page: pageBefore(definition, page.id, answers) ?? page, returnToReview: false };
  return { page, returnToReview };
}

/** This view's seconds added to the page's total; a stamp counts once (its view is counted, or recorded). */
function timedView(draft: Draft | null, page: Page, form: FormFields) {
  const timing = timePageView(page.id, pageViewer(draft, page.id), form.get("shown"));
  const pageSeconds = {
    ...(draft?.pageSeconds ?? {}),
    [page.id]: (draft?.pageSeconds[page.id] ?? 0) + timing.seconds,
  };
  const countedViews = { ...(draft?.countedViews ?? {}) };
  if (timing.counted) countedViews[page.id] = (countedViews[page.id] ?? 0) + 1;
  return { firstViewDigest: timing.firstViewDigest, pageSeconds, countedViews };
}

/**
 * A new respondent's first page starts a draft and a resume code (using the invitation code, if any, in
 * the same transaction) and sends them on to `to`.
 */
async function startDraft(
  context: RespondentContext,
  version: InstrumentVersionRecord,
  content: DraftContent,
  firstView: FirstPageView | null,
  invitation: Invitation | null,
  to: string,
): Promise<PageAnswersOutcome> {
  const code = generateResumeCode();
  const created = await createDraft(
    code,
    version.id,
    content,
    invitation ? { surveyId: context.survey.id, typed: invitation.typed } : null,
    firstView,
  );
  // Someone else used the code since it was checked: nothing was stored.
  if (created !== "created")
    return invitationRefused(
      invitation,
      {},
      answersAsFormValues(content.answers, decimalSeparator(context.language)),
      invitationProblem(created, context.language),
    );
  return { kind: "redirect", to, setCookie: await setResumeCode(context.survey.slug, code) };
}

/**
 * Before there is a draft only "Continue" stores anything: the language switch shows the page in the chosen
 * language (kept in the address, as the plain switch does), "Back" and "Save" lead to the survey's start.
 */
function withoutDraft(
  context: RespondentContext,
  page: Page,
  navigation: PageNavigation,
): PageAnswersOutcome {
  const { slug } = context.survey;
  if (navigation.intent !== "language") return { kind: "redirect", to: surveyPath(slug) };
  return {
    kind: "redirect",
    to: withLanguage(pagePath(slug, page.id), navigation.language ?? context.language),
  };
}

/**
 * Saves one page's answers (after submitPage in page-submission.server.ts has checked the form's
 * shape): validates them, stores them in the respondent's draft
 * (creating the draft and resume code on the first page) and says where to go next.
 * "back" and "save" keep whatever was valid without insisting on required answers.
 * `invitation` (surveys that require one, first page): a bad code is a field error like any other,
 * and a good one is used when the draft is created. `codeKey`: the study's key when the survey asks for an
 * identification code (identification-code.server.ts); its answers reach the draft only as keyed hashes.
 */
export async function savePageAnswers(
  context: RespondentContext,
  version: InstrumentVersionRecord,
  page: Page,
  form: FormFields,
  navigation: PageNavigation,
  invitation: Invitation | null = null,
  codeKey: Buffer | null = null,
): Promise<PageAnswersOutcome> {
  const { intent } = navigation;
  const { survey, draft } = context;
  const { definition } = version;
  const earlier = draft?.answers ?? {};
  const validation = validatePage(definition, page, earlier, form);
  const code = readCodePage(page, form, codeKey, draft?.identificationCode ?? {});
  const codeRefused = Object.keys(code.errors).length > 0;
  if (intent === "next" && (!validation.success || codeRefused || invitation?.error))
    return pageRefused(context.language, validation, code, invitation);
  if (!draft && intent !== "next") return withoutDraft(context, page, navigation);

  const answers = pruneHiddenAnswers(definition, {
    ...earlier,
    ...scrubbed(validation.success ? validation.answers : validation.validAnswers),
  });
  if (intent === "next" && page.screenOut && !evaluateCondition(page.screenOut.unless, answers)) {
    // Ineligible people leave nothing behind.
    if (draft) await deleteDraft(draft.id);
    return {
      kind: "screened-out",
      message: localize(page.screenOut.message, context.language),
      setCookie: await clearResumeCode(survey.slug),
    };
  }

  const { firstViewDigest, pageSeconds, countedViews } = timedView(draft, page, form);
  const earlierCompleted = draft?.completedPages ?? [];
  // Only "Continue" with valid answers completes a page; saving or going back does not.
  const completedPages =
    intent === "next" && !earlierCompleted.includes(page.id)
      ? [...earlierCompleted, page.id]
      : earlierCompleted;
  const target = destination(definition, page, { answers, completedPages }, navigation);
  const to = !target.page
    ? surveyPath(survey.slug, "/review")
    : (target.returnToReview ? changePath : pagePath)(survey.slug, target.page.id);
  const content: DraftContent = {
    answers,
    pageSeconds,
    completedPages,
    countedViews,
    language: (intent === "language" && navigation.language) || context.language,
    currentPageId: target.page?.id ?? null,
    presentation: draft?.presentation ?? newPresentation(definition),
    identificationCode: code.stored,
  };
  if (!draft) {
    const firstView = firstViewDigest ? { pageId: page.id, viewDigest: firstViewDigest } : null;
    return startDraft(context, version, content, firstView, invitation, to);
  }
  await saveDraft(draft.id, content);
  return { kind: "redirect", to: intent === "save" ? surveyPath(survey.slug, "/saved") : to };
}

/** The page refused: its problems (the code's among them) worded, and what was sent kept on screen. */
function pageRefused(
  language: string,
  validation: PageValidation,
  code: CodePageReading,
  invitation: Invitation | null,
): PageAnswersOutcome {
  const { errors, submitted } = validation.success
    ? { errors: {}, submitted: answersAsFormValues(validation.answers, decimalSeparator(language)) }
    : validation;
  const messages = validationTexts(language, { ...errors, ...code.errors });
  return invitationRefused(
    invitation,
    messages,
    { ...submitted, ...code.submitted },
    invitation?.error ?? null,
  );
}

/** The page's problems, with the invitation code's (if any) on its own field and the typed code kept on screen. */
function invitationRefused(
  invitation: Invitation | null,
  errors: Record<string, string>,
  submitted: Record<string, string | string[]>,
  invitationError: string | null,
): PageAnswersOutcome {
  if (!invitation) return { kind: "invalid", errors, submitted };
  return {
    kind: "invalid",
    errors: invitationError ? { [INVITATION_CODE_FIELD]: invitationError, ...errors } : errors,
    submitted: { ...submitted, [INVITATION_CODE_FIELD]: invitation.typed },
  };
}
