// The only script a respondent's page loads (decision 043). The pages are plain HTML forms that work
// completely without it; it adds what a browser does not do by itself. It imports nothing: the browser
// fetches this one small file and no framework.

/** After a refused page, the list of problems takes focus, so screen-reader and keyboard users land on it. */
function focusErrorSummary(): void {
  const summary = document.querySelector<HTMLElement>(".error-summary");
  if (!summary) return;
  // Someone who already followed one of its links (the page was slow to load the script) keeps their place.
  const linkedIds = [...summary.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].map((link) =>
    link.hash.slice(1),
  );
  if (document.activeElement && linkedIds.includes(document.activeElement.id)) return;
  summary.focus();
}

/** A #fragment link only scrolls; the summary's links also put the cursor in the field they name. */
function focusFieldsFromSummaryLinks(): void {
  document.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest("a") : null;
    if (!link?.closest(".error-summary") || !link.hash) return;
    const field = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!field) return;
    event.preventDefault();
    field.focus();
  });
}

/**
 * On slow mobile data a second tap on "Continue" would send the page again while the first answer is on its way.
 * The button is not disabled (a disabled button's name and value, which say what it does, would not be sent):
 * later submits of the same form are ignored until the page is shown again (e.g. from the back-forward cache).
 */
function sendEachFormOnce(): void {
  const sending = new WeakSet<HTMLFormElement>();
  document.addEventListener("submit", (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    if (sending.has(form)) event.preventDefault();
    else if (!event.defaultPrevented) sending.add(form);
  });
  window.addEventListener("pageshow", () => {
    for (const form of document.forms) sending.delete(form);
  });
}

/**
 * The language switch is a form of its own: without a script it shows the page again in the new language, without
 * what was typed on it. With one, the switch sends the page's answers along (intent "language"); the survey keeps
 * them as "Save" does and shows the same page in the chosen language.
 */
function switchLanguageWithAnswers(): void {
  document.addEventListener("submit", (event) => {
    const switcher = event.target;
    if (!(switcher instanceof HTMLFormElement) || !switcher.classList.contains("language-switch")) return;
    const page = document.querySelector<HTMLFormElement>("form[data-survey-page]");
    const choice = switcher.querySelector<HTMLSelectElement>('select[name="language"]');
    if (!page || !choice) return;
    event.preventDefault();
    const language = Object.assign(document.createElement("input"), {
      type: "hidden",
      name: "_language",
      value: choice.value,
    });
    const submitter = Object.assign(document.createElement("button"), {
      type: "submit",
      name: "intent",
      value: "language",
      hidden: true,
    });
    page.append(language, submitter);
    // The form's entries are read when it is submitted, so the added fields can go at once (a page restored from
    // the back-forward cache must not send them with "Continue").
    page.requestSubmit(submitter);
    language.remove();
    submitter.remove();
  });
}

focusErrorSummary();
focusFieldsFromSummaryLinks();
// Before sendEachFormOnce: a switch whose sending this replaces must not count as sent.
switchLanguageWithAnswers();
sendEachFormOnce();

// A module (its functions stay out of the global scope), loaded with <script type="module">.
export {};
