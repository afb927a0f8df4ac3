import type { Answers } from "./answers";
import { evaluateCondition } from "./conditions";
import type { InstrumentDefinition, Page } from "./definition-schema";
import type { Item } from "./items";
import { answerFields } from "./traversal";

export function isPageVisible(page: Page, answers: Answers): boolean {
  return !page.showIf || evaluateCondition(page.showIf, answers);
}

/** The identification-code item has no condition: a study asks it of everyone, in every wave. */
export function isItemVisible(item: Item, answers: Answers): boolean {
  return item.type === "identificationCode" || !item.showIf || evaluateCondition(item.showIf, answers);
}

export function visibleItems(page: Page, answers: Answers): Item[] {
  return page.items.filter((item) => isItemVisible(item, answers));
}

/**
 * The pages this respondent sees, in order. Conditions only read earlier pages, so a
 * single pass decides every page from the answers given so far.
 */
export function visiblePages(definition: InstrumentDefinition, answers: Answers): Page[] {
  return definition.pages.filter((page) => isPageVisible(page, answers));
}

export function pageAfter(definition: InstrumentDefinition, pageId: string, answers: Answers): Page | null {
  const pages = visiblePages(definition, answers);
  const index = pages.findIndex((page) => page.id === pageId);
  return index === -1 ? null : (pages[index + 1] ?? null);
}

export function pageBefore(definition: InstrumentDefinition, pageId: string, answers: Answers): Page | null {
  const pages = visiblePages(definition, answers);
  const index = pages.findIndex((page) => page.id === pageId);
  return index <= 0 ? null : (pages[index - 1] ?? null);
}

/**
 * Drops answers to questions the respondent can no longer see — after going back and
 * changing a branching answer — so stored data never contains answers to skipped questions.
 */
export function pruneHiddenAnswers(definition: InstrumentDefinition, answers: Answers): Answers {
  const kept: Answers = {};
  const fields = answerFields(definition);
  // Page by page, so conditions are evaluated against already-pruned earlier answers.
  for (const page of definition.pages) {
    const pageVisible = isPageVisible(page, kept);
    for (const field of fields) {
      if (field.page !== page || !(field.id in answers)) continue;
      if (pageVisible && isItemVisible(field.item, kept)) kept[field.id] = answers[field.id] ?? null;
    }
  }
  return kept;
}
