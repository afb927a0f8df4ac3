import { Field } from "~/components/field";
import type { FormValues } from "~/surveys/page-view";
import { INVITATION_CODE_FIELD } from "~/invitations/invitation-code-field";
import { fieldId, single } from "./field-parts";
import { useSurveyText } from "./survey-text";

/**
 * The invitation code, on the first page of a survey that requires one — a field like the page's
 * questions, sent with them by the same "Continue", so it costs a phone user no extra step.
 */
export function InvitationCodeField({ values, error }: { values: FormValues; error: string | undefined }) {
  const text = useSurveyText();
  return (
    <Field
      id={fieldId(INVITATION_CODE_FIELD)}
      label={text.invitationLabel}
      hint={text.invitationHint}
      error={error}
    >
      {(control) => (
        <input
          {...control}
          name={INVITATION_CODE_FIELD}
          defaultValue={single(values[INVITATION_CODE_FIELD])}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          className="text-input"
        />
      )}
    </Field>
  );
}
