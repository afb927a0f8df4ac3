import { FieldError } from "~/components/error-summary";
import type { FormValues } from "~/respondent/page-view";
import { INVITATION_CODE_FIELD } from "~/security/invitation-code-field";
import { errorId, fieldId, helpId } from "./field-parts";

/**
 * The invitation code, on the first page of a survey that requires one — a field like the page's
 * questions, sent with them by the same "Continue", so it costs a phone user no extra step.
 */
export function InvitationCodeField({ values, error }: { values: FormValues; error: string | undefined }) {
  const typed = values[INVITATION_CODE_FIELD];
  return (
    <div className={`field ${error ? "field--error" : ""}`}>
      <label className="field-label" htmlFor={fieldId(INVITATION_CODE_FIELD)}>
        Invitation code
      </label>
      <p id={helpId(INVITATION_CODE_FIELD)} className="field-help">
        This survey is by invitation. Type the 12 letters and digits from your invitation, for example ABCD-EFGH-JKMN.
        The code is only checked and marked as used: it is not kept with your answers.
      </p>
      <FieldError id={errorId(INVITATION_CODE_FIELD)} message={error} />
      <input
        id={fieldId(INVITATION_CODE_FIELD)}
        name={INVITATION_CODE_FIELD}
        defaultValue={Array.isArray(typed) ? (typed[0] ?? "") : (typed ?? "")}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${helpId(INVITATION_CODE_FIELD)} ${errorId(INVITATION_CODE_FIELD)}` : helpId(INVITATION_CODE_FIELD)}
        className="text-input"
      />
    </div>
  );
}
