import type { Answers } from "../../instrument/answers";
import type { InstrumentDefinition } from "../../instrument/definition-schema";
import { localize } from "../../instrument/localized-text";
import { visiblePages } from "../../instrument/visibility";

export type FunnelStep = {
  pageId: string;
  title: string;
  /** respondents the page was shown to: completed responses whose answers lead through it, and drafts that reached it */
  shown: number;
  /** drafts whose respondent is on this page now */
  stoppedHere: number;
};

export type DraftPosition = { completedPages: readonly string[]; currentPageId: string | null };

/**
 * Drop-off by page for one instrument version, each page against the people it was shown to: a branch page
 * counts only the completed responses whose answers open it (not everyone), and a draft counts on every page it
 * has completed and on the page it is on. O(responses · pages).
 */
export function pageFunnel(
  definition: InstrumentDefinition,
  completed: readonly Answers[],
  drafts: readonly DraftPosition[],
): FunnelStep[] {
  const shown = new Map<string, number>();
  const add = (pageId: string) => shown.set(pageId, (shown.get(pageId) ?? 0) + 1);
  for (const answers of completed) for (const page of visiblePages(definition, answers)) add(page.id);
  for (const draft of drafts) {
    const reached = new Set(draft.completedPages);
    if (draft.currentPageId) reached.add(draft.currentPageId);
    reached.forEach(add);
  }
  return definition.pages.map((page) => ({
    pageId: page.id,
    title: localize(page.title, "en"),
    shown: shown.get(page.id) ?? 0,
    stoppedHere: drafts.filter((draft) => draft.currentPageId === page.id).length,
  }));
}

/**
 * Funnels of several instrument versions as one, on the pages of the last: each page adds up the versions that
 * have it (a page added in a later version counts only that version's respondents; a page the last version
 * dropped is not shown). Each version's funnel must come from its own definition. O(versions · pages).
 */
export function pooledFunnel(funnels: readonly (readonly FunnelStep[])[]): FunnelStep[] {
  const last = funnels.at(-1) ?? [];
  return last.map((step) => {
    const same = funnels.flatMap((steps) => steps.filter((other) => other.pageId === step.pageId));
    return {
      ...step,
      shown: same.reduce((sum, other) => sum + other.shown, 0),
      stoppedHere: same.reduce((sum, other) => sum + other.stoppedHere, 0),
    };
  });
}
