import { FieldError } from "~/components/error-summary";
import type { FormValues, ViewField } from "~/respondent/page-view";
import { describedBy, errorId, fieldId, hasValue, Help, OptionalMark } from "./field-parts";

type MatrixViewField = Extract<ViewField, { kind: "matrix" }>;

/**
 * A shared answer scale over many statements. Each statement is its own fieldset, so a
 * screen reader announces "statement, option" for every radio; on wide screens CSS
 * lines the options up into columns.
 */
export function MatrixField({ field, values, errors }: { field: MatrixViewField; values: FormValues; errors: Record<string, string> }) {
  return (
    <fieldset className={`field matrix matrix--cols-${Math.min(field.options.length, 7)}`} aria-describedby={field.help ? describedBy(field.name, field.help, undefined) : undefined}>
      <legend className="field-label">
        {field.label}
        <OptionalMark required={field.required} />
      </legend>
      <Help name={field.name} text={field.help} />
      <div className="matrix-scale" aria-hidden="true">
        {field.options.map((option) => (
          <span key={option.code}>{option.label}</span>
        ))}
      </div>
      {field.rows.map((row) => {
        const error = errors[row.name];
        return (
          <fieldset key={row.name} className={`matrix-row ${error ? "field--error" : ""}`} aria-describedby={error ? errorId(row.name) : undefined}>
            <legend>{row.label}</legend>
            <FieldError id={errorId(row.name)} message={error} />
            <div className="matrix-options">
              {field.options.map((option, index) => (
                <label key={option.code} className="option">
                  <input
                    type="radio"
                    id={index === 0 ? fieldId(row.name) : undefined}
                    name={row.name}
                    value={option.code}
                    defaultChecked={hasValue(values[row.name], option.code)}
                    aria-invalid={error ? true : undefined}
                  />
                  <span>{option.label}</span>
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
    </fieldset>
  );
}
