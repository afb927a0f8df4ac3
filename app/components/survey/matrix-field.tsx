import { errorId, hintId } from "~/components/field";
import { FieldError } from "~/components/error-summary";
import type { FormValues, ViewField } from "~/surveys/page-view";
import { fieldId, hasValue, OptionalMark } from "./field-parts";

type MatrixViewField = Extract<ViewField, { kind: "matrix" }>;
type Row = MatrixViewField["rows"][number];

/** One statement of a matrix: its own fieldset, its message, a radio per option of the shared scale. */
function MatrixRow(props: {
  row: Row;
  options: MatrixViewField["options"];
  values: FormValues;
  error: string | undefined;
}) {
  const { row, error } = props;
  const rowError = errorId(fieldId(row.name));
  return (
    <fieldset
      className={`matrix-row ${error ? "field--error" : ""}`}
      aria-describedby={error ? rowError : undefined}
    >
      <legend>{row.label}</legend>
      <FieldError id={rowError} message={error} />
      <div className="matrix-options">
        {props.options.map((option, index) => (
          <label key={option.code} className="option">
            <input
              type="radio"
              id={index === 0 ? fieldId(row.name) : undefined}
              name={row.name}
              value={option.code}
              defaultChecked={hasValue(props.values[row.name], option.code)}
              aria-invalid={error ? true : undefined}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * A shared answer scale over many statements. Each statement is its own fieldset, so a
 * screen reader announces "statement, option" for every radio; on wide screens CSS
 * lines the options up into columns.
 */
export function MatrixField({
  field,
  values,
  errors,
}: {
  field: MatrixViewField;
  values: FormValues;
  errors: Record<string, string>;
}) {
  const help = hintId(fieldId(field.name));
  return (
    <fieldset
      className={`field matrix matrix--cols-${Math.min(field.options.length, 7)}`}
      aria-describedby={field.help ? help : undefined}
    >
      <legend className="field-label">
        {field.label}
        <OptionalMark required={field.required} />
      </legend>
      {field.help ? (
        <p id={help} className="field-help">
          {field.help}
        </p>
      ) : null}
      <div className="matrix-scale" aria-hidden="true">
        {field.options.map((option) => (
          <span key={option.code}>{option.label}</span>
        ))}
      </div>
      {field.rows.map((row) => (
        <MatrixRow
          key={row.name}
          row={row}
          options={field.options}
          values={values}
          error={errors[row.name]}
        />
      ))}
    </fieldset>
  );
}
