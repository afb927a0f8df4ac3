/** "definition.pages.0.id" → "pages.0.id": a problem inside a definition is named by its path there. */
const shownPath = (name: string) =>
  name.startsWith("definition.") ? name.slice("definition.".length) : name;

/**
 * The error summary of a form that uploads a definition: each problem in words ("Page “work”, item
 * “role”, option 1, code: must be a whole number…"), with the JSON path of the offending value as a detail.
 */
export function DefinitionProblems({ fieldErrors }: { fieldErrors: Record<string, string> }) {
  const problems = Object.entries(fieldErrors);
  if (problems.length === 0) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="definition-problems-title" tabIndex={-1}>
      <h2 id="definition-problems-title">
        Nothing was saved: the definition has{" "}
        {problems.length === 1 ? "a problem" : `${problems.length} problems`}
      </h2>
      <ul>
        {problems.map(([name, message]) => (
          <li key={name}>
            {message}{" "}
            <span className="problem-path">
              (at <code>{shownPath(name)}</code>)
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
