import { FieldError } from "~/components/error-summary";
import type { FormValues, ViewField } from "~/respondent/page-view";
import { ChoiceGroup, describedBy, errorId, fieldId, hasValue, Help, OptionalMark } from "./field-parts";
import { MatrixField } from "./matrix-field";

type Props = { field: ViewField; values: FormValues; errors: Record<string, string> };

function single(values: FormValues, name: string): string {
  const value = values[name];
  return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
}

export function SurveyField({ field, values, errors }: Props) {
  const error = errors[field.name];
  const label = (
    <>
      {field.label}
      <OptionalMark required={field.required} />
    </>
  );
  switch (field.kind) {
    case "consent":
      return (
        <div className={`field ${error ? "field--error" : ""}`}>
          <p className="consent-text">{field.label}</p>
          <Help name={field.name} text={field.help} />
          <FieldError id={errorId(field.name)} message={error} />
          <label className="option option--consent">
            <input
              type="checkbox"
              id={fieldId(field.name)}
              name={field.name}
              value="1"
              defaultChecked={hasValue(values[field.name], 1)}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy(field.name, field.help, error)}
            />
            <span>{field.agreeLabel}</span>
          </label>
        </div>
      );
    case "choice":
    case "rating":
      return (
        <ChoiceGroup name={field.name} legend={label} help={field.help} error={error} className={field.kind === "rating" ? "field--rating" : ""}>
          {field.kind === "rating" && (field.minLabel || field.maxLabel) ? (
            <p className="rating-anchors" aria-hidden="true">
              <span>{field.minLabel}</span>
              <span>{field.maxLabel}</span>
            </p>
          ) : null}
          <div className={field.kind === "rating" ? "rating-options" : "options"}>
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
                  {field.kind === "rating" && index === 0 && field.minLabel ? <span className="visually-hidden"> ({field.minLabel})</span> : null}
                  {field.kind === "rating" && index === field.options.length - 1 && field.maxLabel ? (
                    <span className="visually-hidden"> ({field.maxLabel})</span>
                  ) : null}
                </span>
              </label>
            ))}
          </div>
        </ChoiceGroup>
      );
    case "matrix":
      return <MatrixField field={field} values={values} errors={errors} />;
    case "number":
      return (
        <div className={`field ${error ? "field--error" : ""}`}>
          <label className="field-label" htmlFor={fieldId(field.name)}>
            {label}
          </label>
          <Help name={field.name} text={field.help} />
          <p id={`${field.name}-range`} className="field-hint">
            A number from {field.min} to {field.max}
            {field.step !== 1 ? `, in steps of ${field.step}` : ""}.
          </p>
          <FieldError id={errorId(field.name)} message={error} />
          <span className="number-input">
            <input
              type="text"
              inputMode="decimal"
              id={fieldId(field.name)}
              name={field.name}
              defaultValue={single(values, field.name)}
              autoComplete="off"
              size={6}
              aria-invalid={error ? true : undefined}
              aria-describedby={[describedBy(field.name, field.help, error), `${field.name}-range`].filter(Boolean).join(" ")}
            />
            {field.unit ? <span className="unit">{field.unit}</span> : null}
          </span>
        </div>
      );
    case "text": {
      const Input = field.multiline ? "textarea" : "input";
      return (
        <div className={`field ${error ? "field--error" : ""}`}>
          <label className="field-label" htmlFor={fieldId(field.name)}>
            {label}
          </label>
          <Help name={field.name} text={field.help} />
          <FieldError id={errorId(field.name)} message={error} />
          <Input
            id={fieldId(field.name)}
            name={field.name}
            defaultValue={single(values, field.name)}
            rows={field.multiline ? 5 : undefined}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(field.name, field.help, error)}
            className="text-input"
          />
          <p className="field-hint">Up to {field.maxLength.toLocaleString("en")} characters. Please leave out names, e-mail addresses and phone numbers.</p>
        </div>
      );
    }
  }
}
