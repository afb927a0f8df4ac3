import { FieldError } from "~/components/error-summary";
import { errorId } from "~/components/field";
import type { FormValues, ViewField } from "~/surveys/page-view";
import type { CodeElementView } from "~/surveys/identification-code-view";
import { fieldId, hasValue, single } from "./field-parts";
import { useSurveyText } from "./survey-text";

type CodeField = Extract<ViewField, { kind: "identificationCode" }>;
type ElementProps = { element: CodeElementView; values: FormValues; error: string | undefined };

/** One element: its labelled field (a letter, or a list) and its own "I don't know" box. */
function CodeElementField({ element, values, error }: ElementProps) {
  const text = useSurveyText().code;
  const id = fieldId(element.name);
  const hint = element.input === "letter" ? `${id}-hint` : null;
  const control = {
    id,
    name: element.name,
    defaultValue: single(values[element.name]),
    "aria-invalid": error ? true : undefined,
    "aria-describedby": [hint, error ? errorId(id) : null].filter(Boolean).join(" ") || undefined,
  };
  return (
    <div className={`field code-element ${error ? "field--error" : ""}`}>
      <label className="field-label" htmlFor={id}>
        {element.label}
      </label>
      {hint ? (
        <p id={hint} className="field-hint">
          {text?.letterHint}
        </p>
      ) : null}
      <FieldError id={errorId(id)} message={error} />
      {element.input === "letter" ? (
        <input
          {...control}
          type="text"
          className="code-letter"
          maxLength={1}
          size={2}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
        />
      ) : (
        <select {...control}>
          <option value="">{element.input === "month" ? text?.chooseMonth : text?.chooseNumber}</option>
          {element.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
      <label className="option code-unknown">
        {/* The name says which element the box belongs to. Visually hidden text inside the label was read as
            "I don't know : …" (browsers put a space around an absolutely positioned span), so the name is one
            string: the visible words first, then the prompt. */}
        <input
          type="checkbox"
          name={element.unknownName}
          value="1"
          defaultChecked={hasValue(values[element.unknownName], "1")}
          aria-label={text ? `${text.dontKnow}: ${element.label}` : undefined}
        />
        <span>{text?.dontKnow}</span>
      </label>
    </div>
  );
}

/**
 * The identification-code page's fieldset (decision 059): why it is asked and what happens to the answers,
 * then each element. Fields start empty after "Back" or "Change": the answers were never kept.
 */
export function IdentificationCodeField(props: {
  field: CodeField;
  values: FormValues;
  errors: Record<string, string>;
}) {
  const { field, values, errors } = props;
  const text = useSurveyText().code;
  return (
    <fieldset className="field identification-code" aria-describedby={`${fieldId(field.name)}-about`}>
      <legend className="field-label">{field.label}</legend>
      <div id={`${fieldId(field.name)}-about`} className="field-help">
        {text?.explanation.map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
      </div>
      {field.earlierGiven ? <p className="change-note">{text?.notShown}</p> : null}
      {field.elements.map((element) => (
        <CodeElementField key={element.id} element={element} values={values} error={errors[element.name]} />
      ))}
    </fieldset>
  );
}
