export function SurveyProgress({ step, total }: { step: number; total: number }) {
  return (
    <div className="survey-progress">
      <p id="progress-label">
        Step {step} of {total}
      </p>
      <progress max={total} value={step} aria-labelledby="progress-label" />
    </div>
  );
}

/** The resume code, and a button that saves without insisting on unanswered required questions. */
export function SaveForLater({ code }: { code: string }) {
  return (
    <details className="save-for-later">
      <summary>Save and finish later</summary>
      <p>
        Your answers are saved on this device each time you continue. To finish on another device, or if you
        clear your browser, use this resume code within 30 days:
      </p>
      <p className="resume-code">{code}</p>
      <button type="submit" name="intent" value="save" className="secondary">
        Save this page and stop for now
      </button>
    </details>
  );
}
