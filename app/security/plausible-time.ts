import type { Answers } from "../../instrument/answers";
import type { InstrumentDefinition, Page } from "../../instrument/definition-schema";
import { visibleItems, visiblePages } from "../../instrument/visibility";

/**
 * The least time a person plausibly spends on a page: one second per answer asked for (each row
 * of a matrix counts), and at least one second per page. Deliberately low — reading a question
 * and tapping an answer takes longer — so it catches scripts, not quick readers. Page times are
 * whole seconds measured from a signed stamp (app/respondent/page-timing.server.ts); a missing
 * or forged stamp counts as 0 seconds.
 */
export const MIN_SECONDS_PER_ANSWER = 1;
export const MIN_SECONDS_PER_PAGE = 1;

export function minimumPlausibleSeconds(page: Page, answers: Answers): number {
  const asked = visibleItems(page, answers).reduce(
    (sum, item) => sum + (item.type === "matrix" ? item.rows.length : 1),
    0,
  );
  return Math.max(MIN_SECONDS_PER_PAGE, asked * MIN_SECONDS_PER_ANSWER);
}

/** Ids of the pages this respondent saw that were answered faster than a person plausibly can. */
export function implausiblyFastPages(
  definition: InstrumentDefinition,
  answers: Answers,
  pageSeconds: Record<string, number>,
): string[] {
  return visiblePages(definition, answers)
    .filter((page) => (pageSeconds[page.id] ?? 0) < minimumPlausibleSeconds(page, answers))
    .map((page) => page.id);
}
