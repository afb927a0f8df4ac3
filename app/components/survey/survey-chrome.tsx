export function SurveyProgress({ label, step, total }: { label: string; step: number; total: number }) {
  return (
    <div className="survey-progress">
      <p id="progress-label">{label}</p>
      <progress max={total} value={step} aria-labelledby="progress-label" />
    </div>
  );
}

export type SaveForLaterText = { summary: string; explanation: string; button: string };

/** The resume code, and a button that saves without insisting on unanswered required questions. */
export function SaveForLater({ code, text }: { code: string; text: SaveForLaterText }) {
  return (
    <details className="save-for-later">
      <summary>{text.summary}</summary>
      <p>{text.explanation}</p>
      <p className="resume-code">{code}</p>
      <button type="submit" name="intent" value="save" className="secondary">
        {text.button}
      </button>
    </details>
  );
}
