import { describedBy, errorId, Field, FieldGroup, hintId } from "~/components/field";
import { FieldError } from "~/components/error-summary";
import type { FormValues, ViewField } from "~/surveys/page-view";
import { fieldId, hasValue, OptionalMark, single } from "./field-parts";
import { IdentificationCodeField } from "./identification-code-field";
import { MatrixField } from "./matrix-field";
import { useSurveyText } from "./survey-text";

type Props = { field: ViewField; values: FormValues; errors: Record<string, string> };
/** One question of a given kind, the answers on screen and its message. */
type One<Kind extends ViewField["kind"]> = {
  field: Extract<ViewField, { kind: Kind }>;
  values: FormValues;
  error: string | undefined;
};

const QuestionLabel = ({ field }: { field: ViewField }) => (
  <>
    {field.label}
    <OptionalMark required={field.required} />
  </>
);

/** Agreeing is one checkbox whose label is the agreement; the consent text above it is not a label. */
function ConsentField({ field, values, error }: One<"consent">) {
  const id = fieldId(field.name);
  return (
    <div className={`field ${error ? "field--error" : ""}`}>
      <p className="consent-text">{field.label}</p>
      {field.help ? (
        <p id={hintId(id)} className="field-help">
          {field.help}
        </p>
      ) : null}
      <FieldError id={errorId(id)} message={error} />
      <label className="option option--consent">
        <input
          type="checkbox"
          id={id}
          name={field.name}
          value="1"
          defaultChecked={hasValue(values[field.name], 1)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { hint: field.help, error })}
        />
        <span>{field.agreeLabel}</span>
      </label>
    </div>
  );
}

function ChoiceField({ field, values, error }: One<"choice" | "rating">) {
  const rating = field.kind === "rating";
  return (
    <FieldGroup
      id={fieldId(field.name)}
      legend={<QuestionLabel field={field} />}
      hint={field.help}
      error={error}
      className={rating ? "field--rating" : undefined}
    >
      {rating && (field.minLabel || field.maxLabel) ? (
        <p className="rating-anchors" aria-hidden="true">
          <span>{field.minLabel}</span>
          <span>{field.maxLabel}</span>
        </p>
      ) : null}
      <div className={rating ? "rating-options" : "options"}>
        {field.options.map((option, index) => (
          <label key={option.code} className="option">
            <input
              type={field.kind === "choice" && field.multiple ? "checkbox" : "radio"}
              id={index === 0 ? fieldId(field.name) : undefined}
              name={field.name}
              value={option.code}
              defaultChecked={hasValue(values[field.name], option.code)}
              aria-invalid={error ? true : undefined}
            />
            <span>
              {option.label}
              {rating && index === 0 && field.minLabel ? (
                <span className="visually-hidden"> ({field.minLabel})</span>
              ) : null}
              {rating && index === field.options.length - 1 && field.maxLabel ? (
                <span className="visually-hidden"> ({field.maxLabel})</span>
              ) : null}
            </span>
          </label>
        ))}
      </div>
    </FieldGroup>
  );
}

function NumberField({ field, values, error }: One<"number">) {
  const { fieldNotes } = useSurveyText();
  return (
    <Field
      id={fieldId(field.name)}
      label={<QuestionLabel field={field} />}
      hint={field.help}
      format={fieldNotes[field.name]}
      error={error}
    >
      {(control) => (
        <span className="number-input">
          <input
            {...control}
            type="text"
            inputMode="decimal"
            name={field.name}
            defaultValue={single(values[field.name])}
            autoComplete="off"
            size={6}
          />
          {field.unit ? <span className="unit">{field.unit}</span> : null}
        </span>
      )}
    </Field>
  );
}

function TextField({ field, values, error }: One<"text">) {
  const Input = field.multiline ? "textarea" : "input";
  const { fieldNotes } = useSurveyText();
  return (
    <Field
      id={fieldId(field.name)}
      label={<QuestionLabel field={field} />}
      hint={field.help}
      error={error}
      after={<p className="field-hint">{fieldNotes[field.name]}</p>}
    >
      {(control) => (
        <Input
          {...control}
          name={field.name}
          defaultValue={single(values[field.name])}
          rows={field.multiline ? 5 : undefined}
          className="text-input"
        />
      )}
    </Field>
  );
}

export function SurveyField({ field, values, errors }: Props) {
  const error = errors[field.name];
  switch (field.kind) {
    case "consent":
      return <ConsentField field={field} values={values} error={error} />;
    case "choice":
    case "rating":
      return <ChoiceField field={field} values={values} error={error} />;
    case "matrix":
      return <MatrixField field={field} values={values} errors={errors} />;
    case "number":
      return <NumberField field={field} values={values} error={error} />;
    case "text":
      return <TextField field={field} values={values} error={error} />;
    case "identificationCode":
      return <IdentificationCodeField field={field} values={values} errors={errors} />;
  }
}
