import type { Answers } from "../../instrument/answers";
import type { InstrumentDefinition, Page } from "../../instrument/definition-schema";
import { validatePage } from "../../instrument/page-validation";
import { visiblePages } from "../../instrument/visibility";
import { answersAsFormFields } from "../../instrument/answers-as-form";
import type { Draft } from "./drafts.server";
import { pagePath, surveyPath } from "./paths";

/** Where a respondent continues: the first visible page they have not submitted yet, else the review. */
export function resumePath(slug: string, definition: InstrumentDefinition, draft: Draft | null): string {
  const first = definition.pages[0];
  if (!draft || !first) return first ? pagePath(slug, first.id) : surveyPath(slug);
  const next = visiblePages(definition, draft.answers).find(
    (page) => !draft.completedPages.includes(page.id),
  );
  return next ? pagePath(slug, next.id) : surveyPath(slug, "/review");
}

/**
 * The page a respondent may see at this URL: any page up to the furthest one they have
 * reached. Skipping ahead by editing the URL, or opening a page the branching hides,
 * returns null and the caller redirects to the resume point.
 */
export function reachablePage(
  definition: InstrumentDefinition,
  draft: Draft | null,
  pageId: string,
): Page | null {
  const pages = visiblePages(definition, draft?.answers ?? {});
  const index = pages.findIndex((page) => page.id === pageId);
  if (index === -1) return null;
  if (!draft) return index === 0 ? (pages[0] ?? null) : null;
  return pages.slice(0, index).every((page) => draft.completedPages.includes(page.id))
    ? (pages[index] ?? null)
    : null;
}

/** The first visible page whose stored answers no longer pass validation (e.g. a required answer skipped). */
export function firstIncompletePage(definition: InstrumentDefinition, answers: Answers): Page | null {
  const form = answersAsFormFields(answers);
  return (
    visiblePages(definition, answers).find(
      (page) => !validatePage(definition, page, answers, form).success,
    ) ?? null
  );
}
