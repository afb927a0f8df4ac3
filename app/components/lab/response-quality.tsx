import { ErrorSummary } from "~/components/error-summary";
import { ExcludeOrRestore, type RowRefusal } from "~/components/quality/flagged-responses-table";
import type { FormReplyView } from "~/forms/form-reply";
import type { ResponseDetail } from "~/lab/response-detail.server";
import type { ScoreEntry } from "~/lab/response-view";
import { refusedExclusion } from "~/components/quality/refused-exclusion";

/** Scale scores and derived variables, as the analysis computes them from this response. */
export function ResponseScores({ scores }: { scores: ScoreEntry[] }) {
  if (scores.length === 0) return null;
  return (
    <section aria-labelledby="scores-heading">
      <h2 id="scores-heading">Scores</h2>
      <dl className="response-facts">
        {scores.map((score) => (
          <div key={score.id} className="fact">
            <dt>
              {score.label} <code>{score.id}</code>
            </dt>
            <dd>{score.value === null ? "No score (too few items answered)" : score.value.toFixed(2)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Its quality flags with their reasons, whether the analysis uses it, and the button that changes that. */
export function ResponseQuality({ response, reply }: { response: ResponseDetail; reply: FormReplyView }) {
  const refused = refusedExclusion(reply, [response.id]);
  const refusal: RowRefusal | null = refused.row;
  return (
    <section aria-labelledby="quality-heading">
      <h2 id="quality-heading">Quality and exclusion</h2>
      <ErrorSummary problems={refused.problems} />
      {response.flags.length === 0 ? (
        <p>Not flagged by any quality index.</p>
      ) : (
        <ul>
          {response.flags.map((flag) => (
            <li key={flag.id}>
              <strong>{flag.label}</strong> ({flag.id}): {flag.reason}
            </li>
          ))}
        </ul>
      )}
      {response.exclusions.length === 0 ? (
        <p data-testid="exclusion-state">Included in the analysis.</p>
      ) : (
        <>
          <p data-testid="exclusion-state">Excluded from the analysis, for:</p>
          <ul>
            {response.exclusions.map((exclusion) => (
              <li key={exclusion.reason}>
                <strong>{exclusion.reason}</strong>
                {exclusion.detail ? `: ${exclusion.detail}` : ""}
              </li>
            ))}
          </ul>
        </>
      )}
      <ExcludeOrRestore row={response} refusal={refusal} />
    </section>
  );
}
