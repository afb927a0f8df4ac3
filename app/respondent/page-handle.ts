/**
 * The `handle` of every respondent route: the page is sent without React's scripts, and loads only
 * the small enhancement script instead (app/root.tsx, decision 043).
 */
export type PageHandle = { hydrate?: false };

export const respondentPageHandle: PageHandle = { hydrate: false };

/** Whether a page made of these route handles runs React in the browser. */
export function pageHydrates(handles: readonly unknown[]): boolean {
  return !handles.some(
    (handle) =>
      typeof handle === "object" && handle !== null && "hydrate" in handle && handle.hydrate === false,
  );
}
