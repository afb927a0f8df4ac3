import type { DefinitionProblem } from "~/lab/survey-admin.server";

/** Validation problems of an uploaded definition, each with the path of the offending value. */
export function DefinitionProblems({ problems }: { problems: readonly DefinitionProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="definition-problems-title" tabIndex={-1}>
      <h2 id="definition-problems-title">Nothing was saved: the definition has {problems.length === 1 ? "a problem" : `${problems.length} problems`}</h2>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.path}:${problem.message}`}>
            <code>{problem.path}</code>: {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
