import { useContext, useEffect, useRef, type MouseEvent } from "react";
import { SurveyTextContext } from "~/components/survey/survey-text";
import type { FormProblem } from "~/forms/form-reply";

// With JavaScript the router treats a hash change as a navigation and would drop the action's
// errors, so the link focuses its field directly; without JavaScript the plain #fragment does it.
function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string | undefined): void {
  const field = fieldId ? document.getElementById(fieldId) : null;
  if (!field) return;
  event.preventDefault();
  field.focus();
}

/**
 * The list of problems at the top of a form that failed, each linked to its field. With JavaScript
 * it takes focus (unless the reader has already followed a link to a field), so screen-reader and keyboard users land
 * on it; without, it is the first thing after the heading.
 */
export function ErrorSummary({ problems }: { problems: readonly FormProblem[] }) {
  const summary = useRef<HTMLDivElement>(null);
  // Survey pages give it in the respondent's language; the lab is English.
  const title = useContext(SurveyTextContext)?.errorTitle ?? "There is a problem";
  useEffect(() => {
    // Someone who already followed one of its links to a field (possible before the page hydrates)
    // keeps their place; otherwise (after a submit, or a page load) the summary takes focus.
    const activeId = document.activeElement?.id;
    const onAField = problems.some(
      (problem) => problem.fieldId !== undefined && problem.fieldId === activeId,
    );
    if (problems.length > 0 && !onAField) summary.current?.focus();
  }, [problems]);
  if (problems.length === 0) return null;
  return (
    <div
      ref={summary}
      className="error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
    >
      <h2 id="error-summary-title">{title}</h2>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.fieldId ?? "form"}:${problem.message}`}>
            {problem.fieldId ? (
              <a href={`#${problem.fieldId}`} onClick={(event) => focusField(event, problem.fieldId)}>
                {problem.message}
              </a>
            ) : (
              problem.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The message under a field; its id is what the input's aria-describedby points to. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  const prefix = useContext(SurveyTextContext)?.errorPrefix ?? "Error:";
  if (!message) return null;
  return (
    <p id={id} className="field-error">
      <span className="visually-hidden">{prefix} </span>
      {message}
    </p>
  );
}
